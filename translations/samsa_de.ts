<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ClusterService</name>
    <message>
        <source>Cannot resolve the host name: %1</source>
        <translation>Der Hostname kann nicht aufgelöst werden: %1</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>Authentifizierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server did not answer as a Kafka broker: %1</source>
        <translation>Der Server hat nicht wie ein Kafka-Broker geantwortet: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the broker&apos;s explanation, %2 Kafka&apos;s error name such as TOPIC_ALREADY_EXISTS.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Save every page as DIR/&lt;page&gt;.png, then exit. Without --bootstrap a temporary local cluster is used.</source>
        <translation>Jede Seite als DIR/&lt;page&gt;.png speichern und dann beenden. Ohne --bootstrap wird ein temporärer lokaler Cluster verwendet.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Use the cluster at SERVERS (host:port,...) instead of the local cluster.</source>
        <translation>Den Cluster unter SERVERS (host:port,...) statt des lokalen Clusters verwenden.</translation>
    </message>
    <message>
        <source>SERVERS</source>
        <translation>SERVERS</translation>
    </message>
    <message>
        <source>Show Samsa in LANGUAGE (such as zh_CN or de) instead of the language chosen in the settings or the system&apos;s.</source>
        <translation>Samsa in LANGUAGE (etwa zh_CN oder de) anzeigen statt in der Sprache aus den Einstellungen oder des Systems.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>Use the light, dark or system theme instead of the one chosen in the settings. Screenshots taken with the dark theme are named &lt;page&gt;-dark.png.</source>
        <translation>Das helle (light), dunkle (dark) oder System-Design (system) statt des in den Einstellungen gewählten verwenden. Bildschirmfotos mit dem dunklen Design heißen &lt;page&gt;-dark.png.</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>THEME</translation>
    </message>
    <message>
        <source>Desktop app for Apache Kafka with a bundled broker.</source>
        <translation>Desktop-App für Apache Kafka mit eingebautem Broker.</translation>
    </message>
    <message>
        <source>Settings not available</source>
        <translation>Einstellungen nicht verfügbar</translation>
    </message>
    <message>
        <source>Saved clusters and window layout cannot be used in this session.

%1</source>
        <translation>Gespeicherte Cluster und das Fensterlayout können in dieser Sitzung nicht verwendet werden.

%1</translation>
    </message>
</context>
<context>
    <name>samsa::app::BrowseStart</name>
    <message>
        <source>Enter the consumer group whose position to start from.</source>
        <translation>Geben Sie die Consumer-Gruppe an, deren Position als Start dient.</translation>
    </message>
    <message>
        <source>Group %1 has no committed offset on partition %2; those start at the earliest record.</source>
        <translation>Die Gruppe %1 hat auf Partition %2 keinen committeten Offset; diese Partitionen beginnen beim frühesten Record.</translation>
    </message>
    <message>
        <source>The topic has no such partition.</source>
        <translation>Das Topic hat keine solche Partition.</translation>
    </message>
    <message>
        <source>The topic has no partition %1 (it has %2).</source>
        <extracomment>%1 the partition asked for, %2 the topic&apos;s partitions, such as &quot;0–2&quot;.</extracomment>
        <translation>Das Topic hat keine Partition %1 (es hat %2).</translation>
    </message>
    <message>
        <source>Offset %1 is negative: offsets start at 0.</source>
        <translation>Offset %1 ist negativ: Offsets beginnen bei 0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an offset: type a whole number such as 120.</source>
        <translation>„%1“ ist kein Offset: Geben Sie eine ganze Zahl wie 120 ein.</translation>
    </message>
    <message>
        <source>Offset %1 is too large.</source>
        <translation>Offset %1 ist zu groß.</translation>
    </message>
    <message>
        <source>Type an offset, or partition:offset pairs such as 0:120, 1:80.</source>
        <translation>Geben Sie einen Offset ein oder Paare Partition:Offset wie 0:120, 1:80.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no partition: with several offsets, type each as partition:offset, such as 0:120, 1:80.</source>
        <translation>„%1“ nennt keine Partition: Geben Sie mehrere Offsets jeweils als Partition:Offset ein, etwa 0:120, 1:80.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partition number.</source>
        <translation>„%1“ ist keine Partitionsnummer.</translation>
    </message>
    <message>
        <source>Partition %1 is given twice.</source>
        <translation>Partition %1 ist doppelt angegeben.</translation>
    </message>
</context>
<context>
    <name>samsa::app::ClusterProfile</name>
    <message>
        <source>The cluster needs a name.</source>
        <translation>Der Cluster braucht einen Namen.</translation>
    </message>
    <message>
        <source>Enter at least one bootstrap server (host:port).</source>
        <translation>Geben Sie mindestens einen Bootstrap-Server an (host:port).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not host:port.</source>
        <translation>„%1“ hat nicht die Form host:port.</translation>
    </message>
    <message>
        <source>%1 needs a SASL mechanism.</source>
        <translation>%1 braucht einen SASL-Mechanismus.</translation>
    </message>
    <message>
        <source>SASL needs a user name.</source>
        <translation>SASL braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>A client certificate needs its private key, and the other way round.</source>
        <translation>Ein Client-Zertifikat braucht seinen privaten Schlüssel und umgekehrt.</translation>
    </message>
</context>
<context>
    <name>samsa::app::FileRecordSource</name>
    <message>
        <source>Line %1 changed after the file was checked: %2</source>
        <extracomment>%1 is a line number, %2 what is wrong with the line</extracomment>
        <translation>Zeile %1 hat sich nach der Prüfung der Datei geändert: %2</translation>
    </message>
</context>
<context>
    <name>samsa::app::ImportJob</name>
    <message numerus="yes">
        <source>%Ln line(s) of the file cannot be read; nothing was sent.</source>
        <extracomment>%n is the number of lines of the file that cannot be read</extracomment>
        <translation>
            <numerusform>%Ln Zeile der Datei kann nicht gelesen werden; es wurde nichts gesendet.</numerusform>
            <numerusform>%Ln Zeilen der Datei können nicht gelesen werden; es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no records.</source>
        <translation>Die Datei enthält keine Records.</translation>
    </message>
    <message>
        <source>The cluster connection was closed.</source>
        <translation>Die Verbindung zum Cluster wurde geschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>The file has records of partition %1, but %2 has only %n partition(s). Add partitions to the topic, or import with a partitioner instead.</source>
        <translation>
            <numerusform>Die Datei enthält Records der Partition %1, aber %2 hat nur %n Partition. Fügen Sie dem Topic Partitionen hinzu oder importieren Sie stattdessen mit einem Partitioner.</numerusform>
            <numerusform>Die Datei enthält Records der Partition %1, aber %2 hat nur %n Partitionen. Fügen Sie dem Topic Partitionen hinzu oder importieren Sie stattdessen mit einem Partitioner.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record names no partition to keep; import it with a partitioner instead.</source>
        <translation>Der Record nennt keine Partition, die beibehalten werden kann; importieren Sie ihn stattdessen mit einem Partitioner.</translation>
    </message>
</context>
<context>
    <name>samsa::app::JsonCheck</name>
    <message>
        <source>The value is empty, which is not JSON.</source>
        <translation>Der Wert ist leer und damit kein JSON.</translation>
    </message>
    <message>
        <source>The value holds more than one JSON value; wrap them in an array.</source>
        <translation>Der Wert enthält mehr als einen JSON-Wert; fassen Sie sie in einem Array zusammen.</translation>
    </message>
</context>
<context>
    <name>samsa::app::JsonPath</name>
    <message>
        <source>%1 (at character %2)</source>
        <extracomment>%1 is what is wrong with a JSON path the user typed; %2 a character position.</extracomment>
        <translation>%1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>Enter a path such as customer.id or items[0].sku.</source>
        <translation>Geben Sie einen Pfad an, etwa customer.id oder items[0].sku.</translation>
    </message>
    <message>
        <source>The quoted name is not closed</source>
        <translation>Der Name in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>The index is too large</source>
        <translation>Der Index ist zu groß</translation>
    </message>
    <message>
        <source>Expected an index, * or a quoted name after “[”</source>
        <translation>Nach „[“ wird ein Index, * oder ein Name in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>Expected “]”</source>
        <translation>„]“ erwartet</translation>
    </message>
    <message>
        <source>Expected a name before “.”</source>
        <translation>Vor „.“ wird ein Name erwartet</translation>
    </message>
    <message>
        <source>Expected a name after “.”</source>
        <translation>Nach „.“ wird ein Name erwartet</translation>
    </message>
    <message>
        <source>Expected “.” or “[”</source>
        <translation>„.“ oder „[“ erwartet</translation>
    </message>
</context>
<context>
    <name>samsa::app::KeychainSecretStore</name>
    <message>
        <source>No keychain is available.</source>
        <translation>Kein Schlüsselbund verfügbar.</translation>
    </message>
</context>
<context>
    <name>samsa::app::LocalClusterHost</name>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>stoppt</translation>
    </message>
    <message>
        <source>resetting</source>
        <translation>wird zurückgesetzt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot delete %1</source>
        <translation>%1 kann nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>samsa::app::MessageFilter</name>
    <message>
        <source>key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>any header</source>
        <translation>beliebiger Header</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <extracomment>Filter summary: the JSON path exists in the value.</extracomment>
        <translation>%1 existiert</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 contains “%2”</source>
        <extracomment>Filter summary, e.g. key contains “cust-42”.</extracomment>
        <translation>%1 enthält „%2“</translation>
    </message>
    <message>
        <source>partitions %1</source>
        <translation>Partitionen %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1 (at character %2)</source>
        <extracomment>%1 is the regular expression engine&apos;s own explanation; %2 a position.</extracomment>
        <translation>Kein gültiger regulärer Ausdruck: %1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>%1 ~ /%2/</source>
        <extracomment>Filter summary, e.g. value ~ /ord-1[0-9]+/.</extracomment>
        <translation>%1 ~ /%2/</translation>
    </message>
    <message>
        <source>Enter the JSON path whose value to compare, such as customer.id.</source>
        <translation>Geben Sie den JSON-Pfad an, dessen Wert verglichen werden soll, etwa customer.id.</translation>
    </message>
    <message>
        <source>The start of the time range is after its end.</source>
        <translation>Der Beginn des Zeitraums liegt nach seinem Ende.</translation>
    </message>
</context>
<context>
    <name>samsa::app::MessageTemplate</name>
    <message>
        <source>&quot;%1&quot; starts a placeholder that is never closed with }}.</source>
        <extracomment>%1 is the text that starts the unfinished placeholder</extracomment>
        <translation>„%1“ beginnt einen Platzhalter, der nie mit }} geschlossen wird.</translation>
    </message>
    <message>
        <source>Unknown placeholder {{%1}}. Use %2.</source>
        <extracomment>%1 is what the user wrote, %2 the list of placeholders that exist</extracomment>
        <translation>Unbekannter Platzhalter {{%1}}. Verwenden Sie %2.</translation>
    </message>
</context>
<context>
    <name>samsa::app::PayloadFormat</name>
    <message>
        <source>Empty</source>
        <comment>payload format: present but zero bytes long</comment>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Null</source>
        <comment>payload format: no key or value at all</comment>
        <translation>Null</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>payload format</comment>
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON</source>
        <comment>payload format</comment>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Binary</source>
        <comment>payload format</comment>
        <translation>Binär</translation>
    </message>
</context>
<context>
    <name>samsa::app::ProfileStore</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot save the cluster &quot;%1&quot;: %2</source>
        <translation>Der Cluster „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The cluster &quot;%1&quot; no longer exists.</source>
        <translation>Den Cluster „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>No saved cluster has id %1.</source>
        <translation>Kein gespeicherter Cluster hat die ID %1.</translation>
    </message>
    <message>
        <source>The %1 was written by a newer version of Samsa (schema %2; this version knows %3).</source>
        <extracomment>%1 names the database, such as &quot;settings database&quot;.</extracomment>
        <translation>Die %1 wurde von einer neueren Samsa-Version geschrieben (Schema %2; diese Version kennt %3).</translation>
    </message>
    <message>
        <source>Upgrading the %1 to schema %2 (%3) failed: %4</source>
        <extracomment>%1 names the database, such as &quot;settings database&quot;; %3 describes the step.</extracomment>
        <translation>Das Aktualisieren der %1 auf Schema %2 (%3) ist fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>settings database</source>
        <translation>Einstellungsdatenbank</translation>
    </message>
</context>
<context>
    <name>samsa::app::RecordCsv</name>
    <message>
        <source>The text after &quot;base64:&quot; is not base64.</source>
        <translation>Der Text nach „base64:“ ist kein Base64.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>A quoted field opened on line %1 is never closed.</source>
        <extracomment>%1 is a line number</extracomment>
        <translation>Ein in Zeile %1 begonnenes Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>A quote inside a field that does not start with one; quote the whole field.</source>
        <translation>Ein Anführungszeichen in einem Feld, das nicht mit einem beginnt; setzen Sie das ganze Feld in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Text after the closing quote of a field.</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Feldes.</translation>
    </message>
    <message>
        <source>The first row must name the columns (topic, partition, offset, timestamp, timestampType, key, value, headers); it names neither key nor value.</source>
        <translation>Die erste Zeile muss die Spalten benennen (topic, partition, offset, timestamp, timestampType, key, value, headers); sie nennt weder key noch value.</translation>
    </message>
    <message>
        <source>&quot;timestampType&quot; must be CreateTime or LogAppendTime.</source>
        <translation>„timestampType“ muss CreateTime oder LogAppendTime sein.</translation>
    </message>
    <message>
        <source>&quot;key&quot;: %1</source>
        <translation>„key“: %1</translation>
    </message>
    <message>
        <source>&quot;value&quot;: %1</source>
        <translation>„value“: %1</translation>
    </message>
    <message>
        <source>&quot;headers&quot; is not a JSON array: %1</source>
        <translation>„headers“ ist kein JSON-Array: %1</translation>
    </message>
</context>
<context>
    <name>samsa::app::RecordExportWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was already finished.</source>
        <translation>Der Export war bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>samsa::app::RecordFileReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>samsa::app::RecordJson</name>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>&quot;base64&quot; holds text that is not base64.</source>
        <translation>„base64“ enthält Text, der kein Base64 ist.</translation>
    </message>
    <message>
        <source>Bytes must be null, a string, or {&quot;base64&quot;: &quot;...&quot;}.</source>
        <translation>Bytes müssen null, ein String oder {&quot;base64&quot;: &quot;...&quot;} sein.</translation>
    </message>
    <message>
        <source>&quot;headers&quot; must be an array of {&quot;key&quot;: ..., &quot;value&quot;: ...} objects.</source>
        <translation>„headers“ muss ein Array aus {&quot;key&quot;: ..., &quot;value&quot;: ...}-Objekten sein.</translation>
    </message>
    <message>
        <source>Header %1 needs a &quot;key&quot; string.</source>
        <translation>Header %1 braucht einen „key“-String.</translation>
    </message>
    <message>
        <source>Header %1: %2</source>
        <extracomment>%1 is the header&apos;s position, %2 what is wrong with it</extracomment>
        <translation>Header %1: %2</translation>
    </message>
    <message>
        <source>Not valid JSON at column %1: %2</source>
        <extracomment>%1 is a column number, %2 the JSON parser&apos;s explanation</extracomment>
        <translation>Kein gültiges JSON in Spalte %1: %2</translation>
    </message>
    <message>
        <source>Each line must be one JSON object.</source>
        <translation>Jede Zeile muss genau ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;topic&quot; must be a string.</source>
        <translation>„topic“ muss ein String sein.</translation>
    </message>
    <message>
        <source>&quot;timestampType&quot; must be &quot;CreateTime&quot; or &quot;LogAppendTime&quot;.</source>
        <translation>„timestampType“ muss „CreateTime“ oder „LogAppendTime“ sein.</translation>
    </message>
    <message>
        <source>&quot;key&quot;: %1</source>
        <translation>„key“: %1</translation>
    </message>
    <message>
        <source>&quot;value&quot;: %1</source>
        <translation>„value“: %1</translation>
    </message>
</context>
<context>
    <name>samsa::app::RecordPageLoader</name>
    <message>
        <source>Partition %1 has no record at offset %2 any more.</source>
        <translation>Partition %1 hat bei Offset %2 keinen Record mehr.</translation>
    </message>
</context>
<context>
    <name>samsa::app::SampleDataLoader</name>
    <message>
        <source>Cannot load sample data: %1</source>
        <translation>Beispieldaten können nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Cannot create the sample topics: %1</source>
        <translation>Die Beispiel-Topics können nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot start the sample consumer group: %1</source>
        <translation>Die Beispiel-Consumer-Gruppe kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Producing sample data failed: %1</source>
        <translation>Erzeugen der Beispieldaten fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>samsa::app::SavedFilterStore</name>
    <message>
        <source>Give the filter a name.</source>
        <translation>Geben Sie dem Filter einen Namen.</translation>
    </message>
    <message>
        <source>Cannot save the filter “%1”: %2</source>
        <translation>Der Filter „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>No saved filter has id %1.</source>
        <translation>Kein gespeicherter Filter hat die ID %1.</translation>
    </message>
</context>
<context>
    <name>samsa::lab::RebalanceLab</name>
    <message>
        <source>Lab: %1 started (%2%3, processing %4 ms per message)</source>
        <extracomment>A line on the rebalance timeline. %1 is the consumer&apos;s client id, %2 the assignor.</extracomment>
        <translation>Labor: %1 gestartet (%2%3, %4 ms Verarbeitung pro Nachricht)</translation>
    </message>
    <message>
        <source>, static member</source>
        <translation>, statisches Mitglied</translation>
    </message>
    <message>
        <source>Lab: %1 stopped; it commits and leaves the group</source>
        <translation>Labor: %1 gestoppt; es committet und verlässt die Gruppe</translation>
    </message>
    <message>
        <source>Lab: %1 killed without leaving; the coordinator drops it after session.timeout.ms (%2 ms)</source>
        <translation>Labor: %1 ohne Abmeldung beendet; der Coordinator entfernt es nach session.timeout.ms (%2 ms)</translation>
    </message>
    <message>
        <source>The lab producer stopped: %1</source>
        <translation>Der Labor-Producer wurde gestoppt: %1</translation>
    </message>
</context>
<context>
    <name>samsa::monitor::HistoryStore</name>
    <message>
        <source>consumer group history database</source>
        <translation>Datenbank der Consumer-Gruppen-Historie</translation>
    </message>
    <message>
        <source>The history database is not open.</source>
        <translation>Die Historien-Datenbank ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>samsa::monitor::LagEvaluator</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sampled yet.</source>
        <translation>Noch keine Stichprobe.</translation>
    </message>
    <message>
        <source>The end of the log is not known.</source>
        <translation>Das Ende des Logs ist nicht bekannt.</translation>
    </message>
    <message>
        <source>The group has committed no offset for this partition.</source>
        <translation>Die Gruppe hat für diese Partition keinen Offset committet.</translation>
    </message>
    <message>
        <source>Caught up: every message has been consumed.</source>
        <translation>Aufgeholt: Jede Nachricht wurde konsumiert.</translation>
    </message>
    <message>
        <source>Keeping up: the consumer reached the end of the log within the last %1.</source>
        <translation>Hält mit: Der Consumer hat in den letzten %1 das Ende des Logs erreicht.</translation>
    </message>
    <message>
        <source>No commit for %1 while %2 messages wait: the consumer appears to be gone.</source>
        <translation>Seit %1 kein Commit, während %2 Nachrichten warten: Der Consumer scheint weg zu sein.</translation>
    </message>
    <message>
        <source>Collecting samples to judge the trend.</source>
        <translation>Stichproben werden gesammelt, um den Trend zu beurteilen.</translation>
    </message>
    <message>
        <source>The position has not moved for %1 while %2 messages wait: the consumer appears to be gone.</source>
        <translation>Die Position hat sich seit %1 nicht bewegt, während %2 Nachrichten warten: Der Consumer scheint weg zu sein.</translation>
    </message>
    <message>
        <source>A member owns this partition, but its position has not moved for %1 while %2 messages wait.</source>
        <translation>Ein Mitglied besitzt diese Partition, aber seine Position hat sich seit %1 nicht bewegt, während %2 Nachrichten warten.</translation>
    </message>
    <message>
        <source>No consumer is reading: the position stopped %1 ago with %2 messages unread.</source>
        <translation>Kein Consumer liest: Die Position blieb vor %1 stehen, %2 Nachrichten sind ungelesen.</translation>
    </message>
    <message>
        <source>Falling behind: the consumer commits, but lag grew from %1 to %2 in %3.</source>
        <translation>Fällt zurück: Der Consumer committet, aber der Lag wuchs in %3 von %1 auf %2.</translation>
    </message>
    <message>
        <source>Consuming: lag is %1 (it was %2 %3 ago).</source>
        <translation>Konsumiert: Der Lag beträgt %1 (vor %3 waren es %2).</translation>
    </message>
    <message>
        <source>The group has no committed offsets to judge.</source>
        <translation>Die Gruppe hat keine committeten Offsets, die sich beurteilen ließen.</translation>
    </message>
    <message numerus="yes">
        <source>All %n partition(s) are consumed normally.</source>
        <translation>
            <numerusform>Die %n Partition wird normal konsumiert.</numerusform>
            <numerusform>Alle %n Partitionen werden normal konsumiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) like %1: </source>
        <extracomment>%1 is a partition such as orders-3; %n how many partitions share its status.</extracomment>
        <translation>
            <numerusform>%n Partition wie %1: </numerusform>
            <numerusform>%n Partitionen wie %1: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsa::monitor::LagStatus</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARN</translation>
    </message>
    <message>
        <source>STALL</source>
        <translation>STALL</translation>
    </message>
    <message>
        <source>ERR</source>
        <translation>ERR</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
</context>
<context>
    <name>samsa::monitor::MonitorWorker</name>
    <message>
        <source>Committed offsets could not be read: %1</source>
        <extracomment>%1 explains why the committed offsets could not be read.</extracomment>
        <translation>Committete Offsets konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>End offsets could not be read: %1</source>
        <translation>End-Offsets konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The exact rebalance history in __consumer_offsets cannot be read (%1); the timeline relies on polling alone.</source>
        <translation>Die genaue Rebalance-Historie in __consumer_offsets kann nicht gelesen werden (%1); die Zeitleiste beruht nur auf Abfragen.</translation>
    </message>
</context>
<context>
    <name>samsa::ui::AboutDialog</name>
    <message>
        <source>About Samsa</source>
        <translation>Über Samsa</translation>
    </message>
    <message>
        <source>Samsa %1</source>
        <translation>Samsa %1</translation>
    </message>
    <message>
        <source>A desktop app for Apache Kafka, with a bundled Kafka-compatible broker.</source>
        <translation>Eine Desktop-App für Apache Kafka mit eingebautem, Kafka-kompatiblem Broker.</translation>
    </message>
    <message>
        <source>Free software, licensed under the %1.</source>
        <extracomment>%1 is the license&apos;s name, which stays in English.</extracomment>
        <translation>Freie Software unter der %1.</translation>
    </message>
    <message>
        <source>Apache Kafka is a trademark of the Apache Software Foundation. Samsa is not affiliated with it.</source>
        <translation>Apache Kafka ist eine Marke der Apache Software Foundation. Samsa steht in keiner Verbindung zu ihr.</translation>
    </message>
    <message>
        <source>Runs with</source>
        <translation>Läuft mit</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <source>Copy version information</source>
        <translation>Versionsinformationen kopieren</translation>
    </message>
    <message>
        <source>Copy the versions above as text, for a bug report</source>
        <translation>Die obigen Versionen als Text kopieren, für einen Fehlerbericht</translation>
    </message>
</context>
<context>
    <name>samsa::ui::AddPartitionsDialog</name>
    <message>
        <source>Add partitions to %1</source>
        <translation>Partitionen zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Current partitions:</source>
        <translation>Aktuelle Partitionen:</translation>
    </message>
    <message>
        <source>The topic&apos;s partition count after the change, existing ones included.</source>
        <translation>Die Anzahl der Partitionen des Topics nach der Änderung, bestehende eingeschlossen.</translation>
    </message>
    <message>
        <source>New total:</source>
        <translation>Neue Gesamtzahl:</translation>
    </message>
    <message>
        <source>Partitions cannot be removed later. Producers that choose the partition from a record&apos;s key will send some keys to other partitions from now on, so records with the same key may no longer be in one partition, in order.</source>
        <translation>Partitionen können später nicht entfernt werden. Producer, die die Partition aus dem Key eines Records wählen, schicken einige Keys ab jetzt an andere Partitionen; Records mit demselben Key liegen dann womöglich nicht mehr geordnet in einer Partition.</translation>
    </message>
    <message>
        <source>Add partitions</source>
        <translation>Partitionen hinzufügen</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ApiVersionsModel</name>
    <message>
        <source>Unknown API %1</source>
        <translation>Unbekannte API %1</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>The numeric API key of a Kafka protocol request.</extracomment>
        <translation>Key</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Min version</source>
        <translation>Min. Version</translation>
    </message>
    <message>
        <source>Max version</source>
        <translation>Max. Version</translation>
    </message>
    <message>
        <source>The request&apos;s API key on the wire.</source>
        <translation>Der API-Key der Anfrage im Protokoll.</translation>
    </message>
    <message>
        <source>The oldest version of this request the broker accepts.</source>
        <translation>Die älteste Version dieser Anfrage, die der Broker annimmt.</translation>
    </message>
    <message>
        <source>The newest version the broker accepts; clients use the highest version both sides know.</source>
        <translation>Die neueste Version, die der Broker annimmt; Clients nutzen die höchste Version, die beide Seiten kennen.</translation>
    </message>
</context>
<context>
    <name>samsa::ui::BrokerConfigModel</name>
    <message>
        <source>Read-only: changing it needs a broker restart.</source>
        <translation>Nur lesbar: Eine Änderung erfordert einen Neustart des Brokers.</translation>
    </message>
    <message>
        <source>%1 = %2 (%3)</source>
        <translation>%1 = %2 (%3)</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>Resolved from:</source>
        <translation>Ermittelt aus:</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <extracomment>Shown instead of a password or other secret config value.</extracomment>
        <translation>(verborgen)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Where the value comes from: the built-in default, the broker&apos;s properties file, or a dynamic change made at run time.</source>
        <translation>Woher der Wert kommt: eingebauter Standard, die Properties-Datei des Brokers oder eine dynamische Änderung zur Laufzeit.</translation>
    </message>
</context>
<context>
    <name>samsa::ui::BrokerTableModel</name>
    <message>
        <source>This broker is the active controller: it manages partition leadership and the cluster&apos;s metadata.</source>
        <translation>Dieser Broker ist der aktive Controller: Er verwaltet die Partition-Leader und die Metadaten des Clusters.</translation>
    </message>
    <message>
        <source>★ controller</source>
        <extracomment>Marks the broker that is the cluster&apos;s controller, in a table column.</extracomment>
        <translation>★ Controller</translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>Broker id column header.</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Größe auf der Festplatte</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>The broker&apos;s node.id, unique in the cluster.</source>
        <translation>Die node.id des Brokers, eindeutig im Cluster.</translation>
    </message>
    <message>
        <source>The host and port clients are told to connect to.</source>
        <translation>Host und Port, mit denen sich Clients verbinden sollen.</translation>
    </message>
    <message>
        <source>The broker&apos;s broker.rack. Replicas of a partition are spread over racks, so losing one rack does not lose data.</source>
        <translation>broker.rack des Brokers. Replikate einer Partition werden über Racks verteilt, damit der Ausfall eines Racks keine Daten kostet.</translation>
    </message>
    <message>
        <source>The controller manages partition leadership and the cluster&apos;s metadata; exactly one broker holds the role at a time.</source>
        <translation>Der Controller verwaltet die Partition-Leader und die Metadaten des Clusters; genau ein Broker hat diese Rolle zur selben Zeit.</translation>
    </message>
    <message>
        <source>Bytes of partition data in the broker&apos;s log directories.</source>
        <translation>Bytes an Partitionsdaten in den Log-Verzeichnissen des Brokers.</translation>
    </message>
    <message>
        <source>Partitions this broker leads: it serves their produce and fetch requests.</source>
        <translation>Partitionen, deren Leader dieser Broker ist: Er bedient ihre Produce- und Fetch-Anfragen.</translation>
    </message>
    <message>
        <source>Partition replicas stored on this broker, leaders included.</source>
        <translation>Auf diesem Broker gespeicherte Partitionsreplikate, Leader eingeschlossen.</translation>
    </message>
</context>
<context>
    <name>samsa::ui::BrokersPage</name>
    <message>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Read the brokers and the selected broker&apos;s configs again.</source>
        <translation>Die Broker und die Konfiguration des gewählten Brokers erneut lesen.</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Filter by name or value</source>
        <translation>Nach Name oder Wert filtern</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Nicht mit einem Cluster verbunden.</translation>
    </message>
    <message>
        <source>Could not read the brokers: %1</source>
        <translation>Die Broker konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Configuration of broker %1</source>
        <extracomment>%1 is a broker id.</extracomment>
        <translation>Konfiguration von Broker %1</translation>
    </message>
    <message>
        <source>Could not read the configs of broker %1: %2</source>
        <translation>Die Konfiguration von Broker %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Loading the configs…</source>
        <translation>Konfiguration wird geladen…</translation>
    </message>
    <message>
        <source>Loading the brokers…</source>
        <translation>Broker werden geladen…</translation>
    </message>
    <message>
        <source>No broker to show.</source>
        <translation>Kein Broker anzuzeigen.</translation>
    </message>
    <message>
        <source>Select a broker to see its configuration.</source>
        <translation>Wählen Sie einen Broker, um seine Konfiguration zu sehen.</translation>
    </message>
    <message>
        <source>The broker reported no configs.</source>
        <translation>Der Broker hat keine Konfiguration gemeldet.</translation>
    </message>
    <message>
        <source>No config matches “%1”.</source>
        <translation>Keine Einstellung passt zu „%1“.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>samsa::ui::BrowseBar</name>
    <message>
        <source>Browse one partition, or all of them</source>
        <translation>Eine Partition oder alle durchsuchen</translation>
    </message>
    <message>
        <source>All partitions</source>
        <translation>Alle Partitionen</translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation>Früheste</translation>
    </message>
    <message>
        <source>The oldest record the log still holds</source>
        <translation>Der älteste Record, den das Log noch enthält</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Only records that arrive from now on (turn on Live)</source>
        <translation>Nur Records, die ab jetzt eintreffen (Live einschalten)</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>From the first record at or after this time (ListOffsets by timestamp)</source>
        <translation>Ab dem ersten Record zu oder nach dieser Zeit (ListOffsets nach Zeitstempel)</translation>
    </message>
    <message>
        <source>Last messages</source>
        <translation>Letzte Nachrichten</translation>
    </message>
    <message>
        <source>The newest records of each partition</source>
        <translation>Die neuesten Records jeder Partition</translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation>Consumer-Gruppe</translation>
    </message>
    <message>
        <source>From where a consumer group will read next (its committed offsets)</source>
        <translation>Ab der Stelle, an der eine Consumer-Gruppe als Nächstes liest (ihre committeten Offsets)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Local time; records carry their timestamp in milliseconds since 1970 (UTC)</source>
        <translation>Ortszeit; Records tragen ihren Zeitstempel in Millisekunden seit 1970 (UTC)</translation>
    </message>
    <message>
        <source> per partition</source>
        <extracomment>Suffix of the &quot;last N messages&quot; spin box.</extracomment>
        <translation> pro Partition</translation>
    </message>
    <message>
        <source>The consumer group whose committed offsets to start from</source>
        <translation>Die Consumer-Gruppe, deren committete Offsets den Start bestimmen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Los</translation>
    </message>
    <message>
        <source>Show the records from the chosen start</source>
        <translation>Die Records ab dem gewählten Start anzeigen</translation>
    </message>
    <message>
        <source>By partition</source>
        <translation>Nach Partition</translation>
    </message>
    <message>
        <source>Each partition&apos;s records in offset order, one partition after another</source>
        <translation>Die Records jeder Partition in Offset-Reihenfolge, eine Partition nach der anderen</translation>
    </message>
    <message>
        <source>By time</source>
        <translation>Nach Zeit</translation>
    </message>
    <message>
        <source>All partitions merged by record timestamp</source>
        <translation>Alle Partitionen nach Zeitstempel der Records zusammengeführt</translation>
    </message>
    <message>
        <source>How the records of several partitions are put in one list</source>
        <translation>Wie die Records mehrerer Partitionen in einer Liste angeordnet werden</translation>
    </message>
    <message>
        <source>&amp;Newest first</source>
        <translation>&amp;Neueste zuerst</translation>
    </message>
    <message>
        <source>Show the newest record at the top</source>
        <translation>Den neuesten Record oben anzeigen</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <source>Show new records as producers write them (Ctrl+L)</source>
        <translation>Neue Records anzeigen, während Producer sie schreiben (Strg+L)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop taking in new records for a moment; they are shown when you resume</source>
        <translation>Für einen Moment keine neuen Records aufnehmen; sie erscheinen beim Fortsetzen</translation>
    </message>
    <message>
        <source>Keep the newest record in view while live</source>
        <translation>Im Live-Modus den neuesten Record im Blick behalten</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>Also show the records before the start</source>
        <translation>Auch die Records vor dem Start anzeigen</translation>
    </message>
    <message>
        <source>offset or partition:offset</source>
        <translation>Offset oder Partition:Offset</translation>
    </message>
    <message>
        <source>Go to a record: its offset, or partition:offset (Ctrl+G)</source>
        <translation>Zu einem Record springen: sein Offset oder Partition:Offset (Strg+G)</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>Every record, records of aborted transactions struck through</source>
        <translation>Alle Records; die abgebrochener Transaktionen durchgestrichen</translation>
    </message>
    <message>
        <source>What a consumer with isolation.level=read_committed sees: no records of aborted transactions</source>
        <translation>Was ein Consumer mit isolation.level=read_committed sieht: keine Records abgebrochener Transaktionen</translation>
    </message>
    <message>
        <source>isolation.level: whether records of aborted transactions are shown</source>
        <translation>isolation.level: ob Records abgebrochener Transaktionen angezeigt werden</translation>
    </message>
    <message>
        <source>&amp;Markers</source>
        <translation>&amp;Marker</translation>
    </message>
    <message>
        <source>Show the COMMIT and ABORT control records that end transactions as rows</source>
        <translation>Die COMMIT- und ABORT-Control-Records, die Transaktionen beenden, als Zeilen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Batches</source>
        <translation>&amp;Batches</translation>
    </message>
    <message>
        <source>Draw a line where each record batch (one producer request, compressed as a whole) starts</source>
        <translation>Eine Linie ziehen, wo jeder Record-Batch beginnt (eine Producer-Anfrage, als Ganzes komprimiert)</translation>
    </message>
    <message>
        <source>&amp;Auto-scroll</source>
        <translation>&amp;Automatisch scrollen</translation>
    </message>
    <message>
        <source>From one offset in each partition, or from an offset per partition</source>
        <translation>Ab einem Offset in jeder Partition oder ab einem eigenen Offset je Partition</translation>
    </message>
    <message>
        <source>120, or 0:120, 1:80</source>
        <extracomment>Placeholder of the Offset start; keep the example pairs as they are.</extracomment>
        <translation>120 oder 0:120, 1:80</translation>
    </message>
    <message>
        <source>One offset for every partition browsed, or partition:offset pairs such as 0:120, 1:80; partitions not listed start at their earliest record. An offset outside a partition&apos;s log starts at its nearest end.</source>
        <translation>Ein Offset für jede angezeigte Partition oder Paare Partition:Offset wie 0:120, 1:80; nicht genannte Partitionen beginnen beim frühesten Record. Ein Offset außerhalb des Logs einer Partition beginnt am nächstgelegenen Ende.</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ClusterOverviewPage</name>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>The id the cluster was formatted with; every broker of the cluster reports the same one.</source>
        <translation>Die ID, mit der der Cluster formatiert wurde; jeder Broker des Clusters meldet dieselbe.</translation>
    </message>
    <message>
        <source>Cluster ID:</source>
        <translation>Cluster-ID:</translation>
    </message>
    <message>
        <source>The broker that manages partition leadership and the cluster&apos;s metadata.</source>
        <translation>Der Broker, der die Partition-Leader und die Metadaten des Clusters verwaltet.</translation>
    </message>
    <message>
        <source>Controller:</source>
        <translation>Controller:</translation>
    </message>
    <message>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message numerus="yes">
        <source>Read the cluster&apos;s state again. While this page is visible it is also re-read every %n second(s).</source>
        <translation>
            <numerusform>Den Zustand des Clusters erneut lesen. Solange diese Seite sichtbar ist, geschieht das auch alle %n Sekunde.</numerusform>
            <numerusform>Den Zustand des Clusters erneut lesen. Solange diese Seite sichtbar ist, geschieht das auch alle %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Topics created by users. Internal topics such as __consumer_offsets are counted in the line below.</source>
        <translation>Von Benutzern angelegte Topics. Interne Topics wie __consumer_offsets zählen in der Zeile darunter.</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>Partitions of the topics above; each is an ordered log with its own offsets.</source>
        <translation>Partitionen der obigen Topics; jede ist ein geordnetes Log mit eigenen Offsets.</translation>
    </message>
    <message>
        <source>Under-replicated</source>
        <translation>Unterrepliziert</translation>
    </message>
    <message>
        <source>Partitions whose in-sync replica set (ISR) is smaller than their replica set: a follower has fallen behind or its broker is down, so one more failure may lose data.</source>
        <translation>Partitionen, deren In-Sync-Replikate (ISR) weniger sind als ihre Replikate: Ein Follower ist zurückgefallen oder sein Broker ist ausgefallen, ein weiterer Ausfall kann Daten kosten.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Partitions without a leader: nobody can produce to or consume from them until a replica comes back.</source>
        <translation>Partitionen ohne Leader: Niemand kann in sie schreiben oder aus ihnen lesen, bis ein Replikat zurückkommt.</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Größe auf der Festplatte</translation>
    </message>
    <message>
        <source>Bytes of partition data in every broker&apos;s log directories (replicas counted on each broker).</source>
        <translation>Bytes an Partitionsdaten in den Log-Verzeichnissen aller Broker (Replikate auf jedem Broker gezählt).</translation>
    </message>
    <message>
        <source>Local cluster</source>
        <translation>Lokaler Cluster</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the bootstrap address, to give to other Kafka clients (bootstrap.servers).</source>
        <translation>Die Bootstrap-Adresse kopieren, um sie anderen Kafka-Clients zu geben (bootstrap.servers).</translation>
    </message>
    <message>
        <source>Bootstrap servers:</source>
        <translation>Bootstrap-Server:</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Datenverzeichnis:</translation>
    </message>
    <message>
        <source>%1, %2 as %3</source>
        <extracomment>%1 security protocol, %2 SASL mechanism, %3 user name.</extracomment>
        <translation>%1, %2 als %3</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <source>Kafka protocol</source>
        <translation>Kafka-Protokoll</translation>
    </message>
    <message>
        <source>The requests the broker accepts and their version ranges (its ApiVersions answer).</source>
        <translation>Die Anfragen, die der Broker annimmt, und ihre Versionsbereiche (seine Antwort auf ApiVersions).</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the cluster&apos;s state: %1</source>
        <translation>Der Zustand des Clusters konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>none elected</source>
        <translation>keiner gewählt</translation>
    </message>
    <message>
        <source>broker %1 at %2</source>
        <extracomment>%1 broker id, %2 host:port.</extracomment>
        <translation>Broker %1 unter %2</translation>
    </message>
    <message>
        <source>broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <source>no racks set</source>
        <translation>keine Racks gesetzt</translation>
    </message>
    <message>
        <source>racks: %1</source>
        <translation>Racks: %1</translation>
    </message>
    <message>
        <source>The cluster reported no brokers.</source>
        <translation>Der Cluster hat keine Broker gemeldet.</translation>
    </message>
    <message>
        <source>%1 with internal topics</source>
        <translation>%1 mit internen Topics</translation>
    </message>
    <message>
        <source>ISR smaller than replicas</source>
        <translation>ISR kleiner als Replikate</translation>
    </message>
    <message>
        <source>all replicas in sync</source>
        <translation>alle Replikate synchron</translation>
    </message>
    <message>
        <source>without a leader</source>
        <translation>ohne Leader</translation>
    </message>
    <message>
        <source>every partition has a leader</source>
        <translation>jede Partition hat einen Leader</translation>
    </message>
    <message>
        <source>log directories: %1</source>
        <translation>Log-Verzeichnisse: %1</translation>
    </message>
    <message>
        <source>%1 APIs, as advertised by %2</source>
        <extracomment>Follows &quot;Kafka protocol&quot;; %1 is a count of APIs (always many), %2 a host:port.</extracomment>
        <translation>%1 APIs, angeboten von %2</translation>
    </message>
    <message>
        <source>the broker did not list any API</source>
        <translation>der Broker hat keine API aufgeführt</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>none while the cluster is not running</source>
        <translation>keine, solange der Cluster nicht läuft</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Failed at %1</source>
        <extracomment>%1 is a time of day; the error itself is shown below.</extracomment>
        <translation>Fehlgeschlagen um %1</translation>
    </message>
    <message>
        <source>The brokers could not be read; see the message above.</source>
        <translation>Die Broker konnten nicht gelesen werden; siehe die Meldung oben.</translation>
    </message>
    <message>
        <source>The local cluster is not running. Start it from the Cluster menu to see its brokers and topics.</source>
        <translation>Der lokale Cluster läuft nicht. Starten Sie ihn im Menü „Cluster“, um seine Broker und Topics zu sehen.</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ClusterServices</name>
    <message>
        <source>Local cluster</source>
        <translation>Lokaler Cluster</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ConfigEditDialog</name>
    <message>
        <source>Edit %1 of %2</source>
        <extracomment>%1 is a config key such as retention.ms, %2 the topic name.</extracomment>
        <translation>%1 von %2 bearbeiten</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
    <message>
        <source>Current value:</source>
        <translation>Aktueller Wert:</translation>
    </message>
    <message>
        <source>Set by:</source>
        <translation>Gesetzt von:</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>Standard:</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>Neuer Wert:</translation>
    </message>
    <message>
        <source>values separated by commas</source>
        <translation>Werte durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Remove this topic&apos;s override so the broker&apos;s value applies.</source>
        <translation>Die Überschreibung dieses Topics entfernen, damit der Wert des Brokers gilt.</translation>
    </message>
    <message>
        <source>The topic does not override this setting.</source>
        <translation>Das Topic überschreibt diese Einstellung nicht.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>Enter a decimal number.</source>
        <translation>Geben Sie eine Dezimalzahl ein.</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>Die Zahl ist zu groß.</translation>
    </message>
    <message>
        <source>Enter a number between %1 and %2.</source>
        <translation>Geben Sie eine Zahl zwischen %1 und %2 ein.</translation>
    </message>
    <message>
        <source>That is %1.</source>
        <extracomment>Shown under a number typed for a config, e.g. &quot;That is 1 day.&quot;</extracomment>
        <translation>Das sind %1.</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ConfigEntryDelegate</name>
    <message>
        <source>config name, e.g. max.message.bytes</source>
        <translation>Name der Einstellung, z. B. max.message.bytes</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ConfigOverridesModel</name>
    <message>
        <source>Config</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Default / problem</source>
        <extracomment>Column that shows a config&apos;s default or what is wrong with the row.</extracomment>
        <translation>Standard / Problem</translation>
    </message>
    <message>
        <source>Choose a config name.</source>
        <translation>Wählen Sie den Namen einer Einstellung.</translation>
    </message>
    <message>
        <source>Not a topic config.</source>
        <translation>Keine Topic-Einstellung.</translation>
    </message>
    <message>
        <source>Already set by a field above.</source>
        <translation>Bereits durch ein Feld oben gesetzt.</translation>
    </message>
    <message>
        <source>Set twice; keep one row.</source>
        <translation>Zweimal gesetzt; behalten Sie eine Zeile.</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>Geben Sie einen Wert ein.</translation>
    </message>
    <message>
        <source>Default: none</source>
        <translation>Standard: keiner</translation>
    </message>
    <message>
        <source>Default: empty</source>
        <translation>Standard: leer</translation>
    </message>
    <message>
        <source>no limit</source>
        <extracomment>The largest possible value of a config, which Kafka uses as &quot;no limit&quot;.</extracomment>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Default: %1 (%2)</source>
        <translation>Standard: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ConfigSource</name>
    <message>
        <source>topic override</source>
        <extracomment>The value was set on this topic (Kafka&apos;s DYNAMIC_TOPIC_CONFIG).</extracomment>
        <translation>Topic-Überschreibung</translation>
    </message>
    <message>
        <source>broker (dynamic)</source>
        <extracomment>Set at run time for one broker (DYNAMIC_BROKER_CONFIG).</extracomment>
        <translation>Broker (dynamisch)</translation>
    </message>
    <message>
        <source>cluster default (dynamic)</source>
        <extracomment>Set at run time as the default of every broker (DYNAMIC_DEFAULT_BROKER_CONFIG).</extracomment>
        <translation>Cluster-Standard (dynamisch)</translation>
    </message>
    <message>
        <source>broker (static)</source>
        <extracomment>Set in the broker&apos;s server.properties (STATIC_BROKER_CONFIG).</extracomment>
        <translation>Broker (statisch)</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>Kafka&apos;s built-in default (DEFAULT_CONFIG).</extracomment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>broker logger</source>
        <extracomment>A broker&apos;s logger level set at run time (DYNAMIC_BROKER_LOGGER_CONFIG).</extracomment>
        <translation>Broker-Logger</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ConfigsModel</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>applying…</source>
        <translation>wird angewendet…</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Read-only: this setting cannot be changed on a topic.</source>
        <translation>Nur lesbar: Diese Einstellung kann an einem Topic nicht geändert werden.</translation>
    </message>
    <message>
        <source>This topic overrides the default.</source>
        <translation>Dieses Topic überschreibt den Standard.</translation>
    </message>
    <message>
        <source>Set on this topic; it applies to this topic only.</source>
        <translation>An diesem Topic gesetzt; gilt nur für dieses Topic.</translation>
    </message>
    <message>
        <source>Kafka&apos;s built-in default; neither the topic nor the broker sets it.</source>
        <translation>Kafkas eingebauter Standard; weder das Topic noch der Broker setzen ihn.</translation>
    </message>
    <message>
        <source>Inherited from the broker&apos;s configuration; override it to change this topic only.</source>
        <translation>Von der Konfiguration des Brokers geerbt; überschreiben Sie sie, um nur dieses Topic zu ändern.</translation>
    </message>
    <message>
        <source>Without the override, the broker&apos;s %1 applies.</source>
        <translation>Ohne die Überschreibung gilt %1 des Brokers.</translation>
    </message>
    <message>
        <source>The broker did not say what applies without the override.</source>
        <translation>Der Broker hat nicht mitgeteilt, was ohne die Überschreibung gilt.</translation>
    </message>
    <message>
        <source>The value this topic has when it does not override the setting.</source>
        <translation>Der Wert, den dieses Topic hat, wenn es die Einstellung nicht überschreibt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ConfigsTab</name>
    <message>
        <source>Filter by name or value…</source>
        <translation>Nach Name oder Wert filtern…</translation>
    </message>
    <message>
        <source>Show only overrides</source>
        <translation>Nur Überschreibungen</translation>
    </message>
    <message>
        <source>Show only the settings this topic sets itself, rather than inheriting them from the broker.</source>
        <translation>Nur die Einstellungen zeigen, die dieses Topic selbst setzt, statt sie vom Broker zu erben.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected setting for this topic (Enter or double-click)</source>
        <translation>Die gewählte Einstellung für dieses Topic ändern (Eingabe oder Doppelklick)</translation>
    </message>
    <message>
        <source>Could not load the topic&apos;s configuration: %1</source>
        <translation>Die Konfiguration des Topics konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <extracomment>%1 is a config key such as retention.ms, %2 the broker&apos;s reason.</extracomment>
        <translation>%1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>%1 now uses the default again.</source>
        <translation>%1 verwendet wieder den Standard.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <extracomment>%1 is a config key, %2 its new value.</extracomment>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Loading configuration…</source>
        <translation>Konfiguration wird geladen…</translation>
    </message>
    <message>
        <source>The configuration could not be loaded. Press F5 to try again.</source>
        <translation>Die Konfiguration konnte nicht geladen werden. Drücken Sie F5 für einen neuen Versuch.</translation>
    </message>
    <message>
        <source>The broker reported no settings for this topic.</source>
        <translation>Der Broker hat für dieses Topic keine Einstellungen gemeldet.</translation>
    </message>
    <message>
        <source>This topic overrides no settings; it uses the broker&apos;s defaults for all of them.</source>
        <translation>Dieses Topic überschreibt keine Einstellung; es verwendet für alle die Standards des Brokers.</translation>
    </message>
    <message>
        <source>No setting matches the filter.</source>
        <translation>Keine Einstellung passt zum Filter.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 ist nur lesbar.</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ConnectionExplanations</name>
    <message>
        <source>The name server did not answer in time. Check the network connection (or VPN) of this computer and try again.</source>
        <translation>Der Nameserver hat nicht rechtzeitig geantwortet. Prüfen Sie die Netzwerkverbindung (oder das VPN) dieses Computers und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Unknown host: the host name could not be found. Check its spelling, and whether the name only exists inside a VPN or another network.</source>
        <translation>Unbekannter Host: Der Hostname wurde nicht gefunden. Prüfen Sie die Schreibweise und ob der Name nur in einem VPN oder einem anderen Netz existiert.</translation>
    </message>
    <message>
        <source>Nothing is listening on that port: the host answered, but refused the connection. Check the port number (Kafka often uses 9092, or 9093 for TLS) and that the broker is running.</source>
        <translation>Auf diesem Port lauscht nichts: Der Host hat geantwortet, aber die Verbindung abgelehnt. Prüfen Sie die Portnummer (Kafka nutzt oft 9092, für TLS 9093) und ob der Broker läuft.</translation>
    </message>
    <message>
        <source>No answer from the host: it is unreachable from here or a firewall silently drops the connection. Check the address, the VPN, and the firewall or security-group rules for this port.</source>
        <translation>Keine Antwort vom Host: Er ist von hier aus nicht erreichbar, oder eine Firewall verwirft die Verbindung stillschweigend. Prüfen Sie die Adresse, das VPN und die Firewall- oder Security-Group-Regeln für diesen Port.</translation>
    </message>
    <message>
        <source>There is no network route to this host. Check the network connection (or VPN) of this computer.</source>
        <translation>Es gibt keine Netzwerkroute zu diesem Host. Prüfen Sie die Netzwerkverbindung (oder das VPN) dieses Computers.</translation>
    </message>
    <message>
        <source>The connection could not be opened.</source>
        <translation>Die Verbindung konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>This port does not speak TLS: the server did not answer the TLS handshake. Choose PLAINTEXT or SASL_PLAINTEXT, or use the broker&apos;s TLS port.</source>
        <translation>Dieser Port spricht kein TLS: Der Server hat auf den TLS-Handshake nicht geantwortet. Wählen Sie PLAINTEXT oder SASL_PLAINTEXT, oder verwenden Sie den TLS-Port des Brokers.</translation>
    </message>
    <message>
        <source>Hostname mismatch: the broker&apos;s certificate was issued for another name than the one in the bootstrap servers. Use the host name the certificate lists.</source>
        <translation>Hostname passt nicht: Das Zertifikat des Brokers wurde für einen anderen Namen ausgestellt als den in den Bootstrap-Servern. Verwenden Sie den Hostnamen, den das Zertifikat nennt.</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate has expired (or is not valid yet). Check the certificate and the clock of this computer.</source>
        <translation>Das Zertifikat des Brokers ist abgelaufen (oder noch nicht gültig). Prüfen Sie das Zertifikat und die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not trusted, or it does not name this host. Choose the CA file that signed the broker&apos;s certificate, and use the host name the certificate was issued for.</source>
        <translation>Dem Zertifikat des Brokers wird nicht vertraut, oder es nennt diesen Host nicht. Wählen Sie die CA-Datei, die das Zertifikat des Brokers signiert hat, und verwenden Sie den Hostnamen, für den es ausgestellt wurde.</translation>
    </message>
    <message>
        <source>The broker requires a client certificate (mutual TLS). Choose the client certificate and key the cluster&apos;s administrators issued for you.</source>
        <translation>Der Broker verlangt ein Client-Zertifikat (gegenseitiges TLS). Wählen Sie das Client-Zertifikat und den Schlüssel, die die Administratoren des Clusters für Sie ausgestellt haben.</translation>
    </message>
    <message>
        <source>The broker rejected the client certificate. Check that it is the one issued for this cluster and that it has not expired.</source>
        <translation>Der Broker hat das Client-Zertifikat abgelehnt. Prüfen Sie, ob es das für diesen Cluster ausgestellte ist und ob es noch gültig ist.</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish in time. The port may not speak TLS: choose PLAINTEXT or SASL_PLAINTEXT, or use the broker&apos;s TLS port.</source>
        <translation>Der TLS-Handshake wurde nicht rechtzeitig fertig. Der Port spricht womöglich kein TLS: Wählen Sie PLAINTEXT oder SASL_PLAINTEXT, oder verwenden Sie den TLS-Port des Brokers.</translation>
    </message>
    <message>
        <source>The TLS handshake failed.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Not a Kafka broker: the server accepted the connection but did not answer the Kafka handshake (ApiVersions). Check the port; it may belong to another service.</source>
        <translation>Kein Kafka-Broker: Der Server hat die Verbindung angenommen, aber nicht auf den Kafka-Handshake (ApiVersions) geantwortet. Prüfen Sie den Port; er gehört womöglich zu einem anderen Dienst.</translation>
    </message>
    <message>
        <source>If it is a Kafka listener that expects TLS, choose SSL or SASL_SSL.</source>
        <translation>Wenn es ein Kafka-Listener ist, der TLS erwartet, wählen Sie SSL oder SASL_SSL.</translation>
    </message>
    <message>
        <source>The broker is too old: it supports no ApiVersions version this app knows.</source>
        <translation>Der Broker ist zu alt: Er unterstützt keine ApiVersions-Version, die diese App kennt.</translation>
    </message>
    <message>
        <source>Authentication failed: wrong user name or password. Check both, and that the user exists for the chosen mechanism (SCRAM credentials are set per mechanism).</source>
        <translation>Authentifizierung fehlgeschlagen: falscher Benutzername oder falsches Passwort. Prüfen Sie beides und ob der Benutzer für den gewählten Mechanismus existiert (SCRAM-Zugangsdaten werden je Mechanismus gesetzt).</translation>
    </message>
    <message>
        <source>The broker does not have this SASL mechanism enabled. Choose another mechanism.</source>
        <translation>Auf dem Broker ist dieser SASL-Mechanismus nicht aktiviert. Wählen Sie einen anderen Mechanismus.</translation>
    </message>
    <message>
        <source>The broker does not have this SASL mechanism enabled. It offers: %1.</source>
        <extracomment>%1 lists SASL mechanisms such as &quot;PLAIN, SCRAM-SHA-512&quot;.</extracomment>
        <translation>Auf dem Broker ist dieser SASL-Mechanismus nicht aktiviert. Er bietet an: %1.</translation>
    </message>
    <message>
        <source>The broker did not take part in SASL authentication. This port is probably not a SASL listener: choose PLAINTEXT or SSL, or use the broker&apos;s SASL port.</source>
        <translation>Der Broker hat sich nicht an der SASL-Authentifizierung beteiligt. Dieser Port ist wohl kein SASL-Listener: Wählen Sie PLAINTEXT oder SSL, oder verwenden Sie den SASL-Port des Brokers.</translation>
    </message>
    <message>
        <source>The broker dropped the connection during authentication. The port may not be a SASL listener, or the mechanism may not be enabled.</source>
        <translation>Der Broker hat die Verbindung während der Authentifizierung getrennt. Der Port ist womöglich kein SASL-Listener, oder der Mechanismus ist nicht aktiviert.</translation>
    </message>
    <message>
        <source>Authentication failed.</source>
        <translation>Authentifizierung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>These settings cannot be used.</source>
        <translation>Diese Einstellungen können nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Connected and authenticated, but this user may not read the cluster&apos;s metadata. Ask the cluster&apos;s administrators for Describe permission.</source>
        <translation>Verbunden und authentifiziert, aber dieser Benutzer darf die Metadaten des Clusters nicht lesen. Bitten Sie die Administratoren des Clusters um die Berechtigung „Describe“.</translation>
    </message>
    <message>
        <source>Connected, but the broker did not answer a metadata request in time. It may be starting up or overloaded.</source>
        <translation>Verbunden, aber der Broker hat eine Metadaten-Anfrage nicht rechtzeitig beantwortet. Er startet womöglich gerade oder ist überlastet.</translation>
    </message>
    <message>
        <source>The broker closed the connection on the first request. The listener probably requires authentication: choose SASL_PLAINTEXT or SASL_SSL.</source>
        <translation>Der Broker hat die Verbindung bei der ersten Anfrage geschlossen. Der Listener verlangt wohl eine Authentifizierung: Wählen Sie SASL_PLAINTEXT oder SASL_SSL.</translation>
    </message>
    <message>
        <source>The broker closed the connection on the first request.</source>
        <translation>Der Broker hat die Verbindung bei der ersten Anfrage geschlossen.</translation>
    </message>
    <message>
        <source>Connected, but the broker refused a metadata request.</source>
        <translation>Verbunden, aber der Broker hat eine Metadaten-Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <extracomment>Follows the explanation of a failed connection; %1 is the technical error.</extracomment>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Resolve host</source>
        <translation>Host auflösen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>Kafka handshake</source>
        <extracomment>Kafka&apos;s ApiVersions request: the first exchange on every connection.</extracomment>
        <translation>Kafka-Handshake</translation>
    </message>
    <message>
        <source>Authenticate</source>
        <translation>Authentifizieren</translation>
    </message>
    <message>
        <source>Metadata request</source>
        <translation>Metadaten-Anfrage</translation>
    </message>
    <message numerus="yes">
        <source>resolved to %n address(es)</source>
        <translation>
            <numerusform>auf %n Adresse aufgelöst</numerusform>
            <numerusform>auf %n Adressen aufgelöst</numerusform>
        </translation>
    </message>
    <message>
        <source>connected to %1</source>
        <extracomment>%1 is the address and port connected to.</extracomment>
        <translation>verbunden mit %1</translation>
    </message>
    <message>
        <source>ApiVersions answered (%1)</source>
        <extracomment>%1 is like &quot;v3, 60 APIs&quot;.</extracomment>
        <translation>ApiVersions beantwortet (%1)</translation>
    </message>
    <message>
        <source>authenticated as %1 (%2)</source>
        <extracomment>%1 is the user name, %2 the SASL mechanism.</extracomment>
        <translation>authentifiziert als %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n broker(s)</source>
        <translation>
            <numerusform>%n Broker</numerusform>
            <numerusform>%n Broker</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in cluster %2</source>
        <extracomment>%1 is the broker count (&quot;3 brokers&quot;), %2 the cluster id.</extracomment>
        <translation>%1 in Cluster %2</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ConnectionTestPanel</name>
    <message>
        <source>Cancel test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <extracomment>%1 lists the bootstrap servers being tested.</extracomment>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>works (broker %1)</source>
        <translation>funktioniert (Broker %1)</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <source>failed at: %1</source>
        <extracomment>%1 is the step that failed, such as &quot;TLS handshake&quot;.</extracomment>
        <translation>fehlgeschlagen bei: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Elapsed time of a connection step, in milliseconds.</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message numerus="yes">
        <source>Connection works: %n bootstrap server(s) passed every step.</source>
        <translation>
            <numerusform>Die Verbindung funktioniert: %n Bootstrap-Server hat jeden Schritt bestanden.</numerusform>
            <numerusform>Die Verbindung funktioniert: %n Bootstrap-Server haben jeden Schritt bestanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cluster has %n broker(s).</source>
        <translation>
            <numerusform>Der Cluster hat %n Broker.</numerusform>
            <numerusform>Der Cluster hat %n Broker.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 bootstrap servers failed; the cluster is reachable through the others.</source>
        <extracomment>Shown when some bootstrap servers work and others do not.</extracomment>
        <translation>%1 von %2 Bootstrap-Servern sind fehlgeschlagen; der Cluster ist über die anderen erreichbar.</translation>
    </message>
</context>
<context>
    <name>samsa::ui::CreateTopicDialog</name>
    <message>
        <source>Create Topic</source>
        <translation>Topic anlegen</translation>
    </message>
    <message>
        <source>e.g. orders or payments.v1</source>
        <translation>z. B. orders oder payments.v1</translation>
    </message>
    <message>
        <source>Up to %1 letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>Bis zu %1 Buchstaben, Ziffern, „.“, „_“ und „-“.</translation>
    </message>
    <message>
        <source>Partitions split a topic for parallel consumers; order is kept within a partition. Partitions can be added later, not removed.</source>
        <translation>Partitionen teilen ein Topic für parallele Consumer auf; die Reihenfolge bleibt innerhalb einer Partition erhalten. Partitionen lassen sich später hinzufügen, aber nicht entfernen.</translation>
    </message>
    <message>
        <source>How many brokers keep a copy of each partition. It cannot exceed the number of brokers.</source>
        <translation>Wie viele Broker eine Kopie jeder Partition halten. Es können nicht mehr sein, als es Broker gibt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Partitions:</source>
        <translation>&amp;Partitionen:</translation>
    </message>
    <message>
        <source>&amp;Replication factor:</source>
        <translation>&amp;Replikationsfaktor:</translation>
    </message>
    <message>
        <source>Configs</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>More configs</source>
        <translation>Weitere Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Validate only</source>
        <translation>Nur &amp;prüfen</translation>
    </message>
    <message>
        <source>Ask the cluster whether it would create this topic, without creating it.</source>
        <translation>Den Cluster fragen, ob er dieses Topic anlegen würde, ohne es anzulegen.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message numerus="yes">
        <source>The cluster has %n broker(s); the replication factor cannot be higher.</source>
        <translation>
            <numerusform>Der Cluster hat %n Broker; der Replikationsfaktor kann nicht höher sein.</numerusform>
            <numerusform>Der Cluster hat %n Broker; der Replikationsfaktor kann nicht höher sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the configs marked in the table first.</source>
        <translation>Korrigieren Sie zuerst die in der Tabelle markierten Einstellungen.</translation>
    </message>
    <message>
        <source>Asking the cluster…</source>
        <translation>Der Cluster wird gefragt…</translation>
    </message>
    <message>
        <source>Creating the topic…</source>
        <translation>Das Topic wird angelegt…</translation>
    </message>
    <message>
        <source>The cluster would refuse this topic: %1</source>
        <translation>Der Cluster würde dieses Topic ablehnen: %1</translation>
    </message>
    <message>
        <source>Could not create &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The cluster accepts this topic: %n partition(s), replication factor %1. Nothing was created.</source>
        <translation>
            <numerusform>Der Cluster akzeptiert dieses Topic: %n Partition, Replikationsfaktor %1. Es wurde nichts angelegt.</numerusform>
            <numerusform>Der Cluster akzeptiert dieses Topic: %n Partitionen, Replikationsfaktor %1. Es wurde nichts angelegt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsa::ui::DeliveryOptions</name>
    <message>
        <source>By key hash</source>
        <translation>Nach Key-Hash</translation>
    </message>
    <message>
        <source>Records with the same key always go to the same partition: murmur2 of the key, as Kafka&apos;s Java client computes it. Records without a key are spread round-robin.</source>
        <translation>Records mit demselben Key landen immer in derselben Partition: murmur2 des Keys, wie der Java-Client von Kafka ihn berechnet. Records ohne Key werden reihum verteilt.</translation>
    </message>
    <message>
        <source>Round-robin</source>
        <translation>Reihum</translation>
    </message>
    <message>
        <source>Each record goes to the next partition in turn, whatever its key.</source>
        <translation>Jeder Record geht an die jeweils nächste Partition, unabhängig von seinem Key.</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>Each record goes to a partition chosen at random.</source>
        <translation>Jeder Record geht an eine zufällig gewählte Partition.</translation>
    </message>
    <message>
        <source>One partition</source>
        <translation>Eine Partition</translation>
    </message>
    <message>
        <source>Every record goes to the partition given below.</source>
        <translation>Jeder Record geht an die unten angegebene Partition.</translation>
    </message>
    <message>
        <source>How each record&apos;s partition is chosen. Order is kept within a partition only, so records that must stay in order need the same partition.</source>
        <translation>Wie die Partition jedes Records gewählt wird. Die Reihenfolge bleibt nur innerhalb einer Partition erhalten; Records, die geordnet bleiben müssen, brauchen dieselbe Partition.</translation>
    </message>
    <message>
        <source>Partitions are numbered from 0.</source>
        <translation>Partitionen werden ab 0 nummeriert.</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>compression codec: no compression</extracomment>
        <translation>keine</translation>
    </message>
    <message>
        <source>The codec each batch is compressed with. The broker keeps it as sent unless the topic&apos;s compression.type says otherwise.</source>
        <translation>Der Codec, mit dem jeder Batch komprimiert wird. Der Broker behält ihn bei, sofern compression.type des Topics nichts anderes verlangt.</translation>
    </message>
    <message>
        <source>all (every in-sync replica)</source>
        <extracomment>acks=all: the leader waits for every in-sync replica</extracomment>
        <translation>all (jedes In-Sync-Replikat)</translation>
    </message>
    <message>
        <source>1 (leader only)</source>
        <extracomment>acks=1: the leader alone has written the record</extracomment>
        <translation>1 (nur der Leader)</translation>
    </message>
    <message>
        <source>0 (no answer)</source>
        <extracomment>acks=0: the producer does not wait for any answer</extracomment>
        <translation>0 (keine Antwort)</translation>
    </message>
    <message>
        <source>What the broker confirms before a record counts as sent. &quot;all&quot; survives the loss of the leader; &quot;1&quot; may lose records the followers had not copied yet; &quot;0&quot; gets no answer at all, so offsets and errors stay unknown.</source>
        <translation>Was der Broker bestätigt, bevor ein Record als gesendet gilt. „all“ übersteht den Verlust des Leaders; bei „1“ können Records verloren gehen, die die Follower noch nicht kopiert hatten; „0“ bekommt gar keine Antwort, Offsets und Fehler bleiben unbekannt.</translation>
    </message>
    <message>
        <source>P&amp;artitioner:</source>
        <translation>P&amp;artitioner:</translation>
    </message>
    <message>
        <source>Partitio&amp;n:</source>
        <translation>Partitio&amp;n:</translation>
    </message>
    <message>
        <source>Co&amp;mpression:</source>
        <translation>Ko&amp;mpression:</translation>
    </message>
    <message>
        <source>A&amp;cks:</source>
        <translation>A&amp;cks:</translation>
    </message>
    <message numerus="yes">
        <source>The topic has %n partition(s), numbered from 0 to %1.</source>
        <translation>
            <numerusform>Das Topic hat %n Partition, nummeriert von 0 bis %1.</numerusform>
            <numerusform>Das Topic hat %n Partitionen, nummeriert von 0 bis %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsa::ui::FilePathEdit</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>samsa::ui::FilterBar</name>
    <message>
        <source>contains…</source>
        <translation>enthält…</translation>
    </message>
    <message>
        <source>Records whose key contains this text (or matches it, as a regular expression)</source>
        <translation>Records, deren Key diesen Text enthält (oder ihm als regulärer Ausdruck entspricht)</translation>
    </message>
    <message>
        <source>Records whose value contains this text (or matches it, as a regular expression). Ctrl+F comes here.</source>
        <translation>Records, deren Wert diesen Text enthält (oder ihm als regulärer Ausdruck entspricht). Strg+F führt hierher.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Records with a header of exactly this name; empty: any header</source>
        <translation>Records mit einem Header genau dieses Namens; leer: beliebiger Header</translation>
    </message>
    <message>
        <source>value contains…</source>
        <translation>Wert enthält…</translation>
    </message>
    <message>
        <source>…whose value contains this text (or matches it, as a regular expression)</source>
        <translation>…dessen Wert diesen Text enthält (oder ihm als regulärer Ausdruck entspricht)</translation>
    </message>
    <message>
        <source>.*</source>
        <extracomment>Toggle: read filter texts as regular expressions.</extracomment>
        <translation>.*</translation>
    </message>
    <message>
        <source>Read the key, value and header texts as regular expressions (Perl syntax)</source>
        <translation>Key-, Wert- und Header-Texte als reguläre Ausdrücke lesen (Perl-Syntax)</translation>
    </message>
    <message>
        <source>Aa</source>
        <extracomment>Toggle: compare filter texts with case.</extracomment>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match upper and lower case exactly</source>
        <translation>Groß- und Kleinschreibung genau beachten</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <extracomment>Label of the filter input for record keys.</extracomment>
        <translation>&amp;Key</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <extracomment>Label of the filter input for record values.</extracomment>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <extracomment>Label of the filter inputs for record headers.</extracomment>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <source>path, e.g. customer.id</source>
        <translation>Pfad, z. B. customer.id</translation>
    </message>
    <message>
        <source>A field of JSON values: names joined by dots, [n] for the n-th element of an array, [*] for any element. Examples: customer.id, items[0].sku, items[*].price</source>
        <translation>Ein Feld in JSON-Werten: Namen mit Punkten verbunden, [n] für das n-te Element eines Arrays, [*] für ein beliebiges. Beispiele: customer.id, items[0].sku, items[*].price</translation>
    </message>
    <message>
        <source>equals</source>
        <extracomment>JSON filter: the field&apos;s value equals the text.</extracomment>
        <translation>gleich</translation>
    </message>
    <message>
        <source>contains</source>
        <extracomment>JSON filter: the field&apos;s value contains the text.</extracomment>
        <translation>enthält</translation>
    </message>
    <message>
        <source>value (empty: exists)</source>
        <translation>Wert (leer: existiert)</translation>
    </message>
    <message>
        <source>Numbers compare as numbers (42 equals 42.0); put text in quotes to match only strings; leave empty to find records that have the field</source>
        <translation>Zahlen werden als Zahlen verglichen (42 gleich 42.0); Text in Anführungszeichen passt nur auf Strings; leer lassen, um Records zu finden, die das Feld haben</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <extracomment>Label of the filter inputs for a field of JSON values.</extracomment>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <extracomment>Filter: only records at or after this time.</extracomment>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>Only records with a timestamp at or after this time</source>
        <translation>Nur Records mit einem Zeitstempel zu oder nach dieser Zeit</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <extracomment>Filter: only records at or before this time.</extracomment>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Only records with a timestamp at or before this time</source>
        <translation>Nur Records mit einem Zeitstempel zu oder vor dieser Zeit</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Scan the chosen range for records that meet every condition set (Enter)</source>
        <translation>Den gewählten Bereich nach Records durchsuchen, die jede gesetzte Bedingung erfüllen (Eingabe)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove the filter and browse every record again</source>
        <translation>Den Filter entfernen und wieder alle Records durchsehen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Apply, save or delete saved filters</source>
        <translation>Gespeicherte Filter anwenden, speichern oder löschen</translation>
    </message>
</context>
<context>
    <name>samsa::ui::Format</name>
    <message>
        <source>forever</source>
        <translation>unbegrenzt</translation>
    </message>
    <message numerus="yes">
        <source>%n ms</source>
        <translation>
            <numerusform>%n ms</numerusform>
            <numerusform>%n ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>samsa::ui::GroupDetailPage</name>
    <message>
        <source>sampled every %1 s</source>
        <translation>Stichprobe alle %1 s</translation>
    </message>
    <message>
        <source>Waiting for the first sample…</source>
        <translation>Warten auf die erste Stichprobe…</translation>
    </message>
    <message>
        <source>Reset offsets…</source>
        <translation>Offsets zurücksetzen…</translation>
    </message>
    <message>
        <source>Move the group&apos;s committed offsets: to the start, the end, a time, an offset, or by a number of messages (the group must be empty)</source>
        <translation>Die committeten Offsets der Gruppe verschieben: an den Anfang, ans Ende, zu einer Zeit, einem Offset oder um eine Anzahl Nachrichten (die Gruppe muss leer sein)</translation>
    </message>
    <message>
        <source>Delete offsets of a topic…</source>
        <translation>Offsets eines Topics löschen…</translation>
    </message>
    <message>
        <source>Forget what the group committed for one topic (OffsetDelete); refused for topics the group still consumes</source>
        <translation>Vergessen, was die Gruppe für ein Topic committet hat (OffsetDelete); abgelehnt für Topics, die die Gruppe noch konsumiert</translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation>Gruppe löschen…</translation>
    </message>
    <message>
        <source>Delete the group and all its committed offsets (it must be empty)</source>
        <translation>Die Gruppe und alle ihre committeten Offsets löschen (sie muss leer sein)</translation>
    </message>
    <message>
        <source>Rebalance lab…</source>
        <translation>Rebalance-Labor…</translation>
    </message>
    <message>
        <source>Start demo consumers in this group and watch it rebalance</source>
        <translation>Demo-Consumer in dieser Gruppe starten und ihren Rebalance beobachten</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>Rebalances</source>
        <translation>Rebalances</translation>
    </message>
    <message>
        <source>Lag, time lag and consume and produce rates over time</source>
        <translation>Lag, Zeit-Lag sowie Konsum- und Produktionsraten im Zeitverlauf</translation>
    </message>
    <message>
        <source>Every generation of the group: who joined and left, which partitions moved, and how long consumption stopped</source>
        <translation>Jede Generation der Gruppe: wer beitrat und wer ging, welche Partitionen wechselten und wie lange der Konsum stand</translation>
    </message>
    <message>
        <source>Could not read the group: %1</source>
        <translation>Die Gruppe konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The group %1 does not exist (any more) on this cluster.</source>
        <translation>Die Gruppe %1 existiert auf diesem Cluster nicht (mehr).</translation>
    </message>
    <message>
        <source>Could not read the group</source>
        <translation>Die Gruppe konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>assignor %1</source>
        <translation>Assignor %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>lag %1</source>
        <translation>Lag %1</translation>
    </message>
    <message>
        <source>time lag %1</source>
        <translation>Zeit-Lag %1</translation>
    </message>
    <message>
        <source>consuming %1, produced %2</source>
        <translation>konsumiert %1, produziert %2</translation>
    </message>
    <message>
        <source>coordinator: broker %1</source>
        <translation>Coordinator: Broker %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>The group has %n active member(s) and can only be deleted once it is empty. Stop them first: %1.</source>
        <translation>
            <numerusform>Die Gruppe hat %n aktives Mitglied und kann erst gelöscht werden, wenn sie leer ist. Stoppen Sie es zuerst: %1.</numerusform>
            <numerusform>Die Gruppe hat %n aktive Mitglieder und kann erst gelöscht werden, wenn sie leer ist. Stoppen Sie sie zuerst: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete group?</source>
        <translation>Gruppe löschen?</translation>
    </message>
    <message>
        <source>Delete the consumer group “%1” and all its committed offsets? Consumers that join it later start from their auto.offset.reset position.</source>
        <translation>Die Consumer-Gruppe „%1“ und alle ihre committeten Offsets löschen? Consumer, die ihr später beitreten, beginnen bei ihrer auto.offset.reset-Position.</translation>
    </message>
    <message>
        <source>Could not delete the group: %1</source>
        <translation>Die Gruppe konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Deleted the group %1.</source>
        <translation>Die Gruppe %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>The group has no committed offsets to delete.</source>
        <translation>Die Gruppe hat keine committeten Offsets zum Löschen.</translation>
    </message>
    <message>
        <source>Delete offsets of a topic</source>
        <translation>Offsets eines Topics löschen</translation>
    </message>
    <message>
        <source>Delete offsets</source>
        <translation>Offsets löschen</translation>
    </message>
    <message>
        <source>The group forgets where it was in the topic; its consumers would start from auto.offset.reset. Topics the group still consumes are refused.</source>
        <translation>Die Gruppe vergisst, wo sie im Topic stand; ihre Consumer würden bei auto.offset.reset beginnen. Topics, die die Gruppe noch konsumiert, werden abgelehnt.</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>The group has no committed offset in %1.</source>
        <translation>Die Gruppe hat in %1 keinen committeten Offset.</translation>
    </message>
    <message>
        <source>Could not delete the offsets of %1: %2</source>
        <translation>Die Offsets von %1 konnten nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>%1: the group still consumes this topic</source>
        <translation>%1: Die Gruppe konsumiert dieses Topic noch</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the committed offsets of %n partition(s) of %1.</source>
        <translation>
            <numerusform>Die committeten Offsets von %n Partition von %1 wurden gelöscht.</numerusform>
            <numerusform>Die committeten Offsets von %n Partitionen von %1 wurden gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) kept their offsets:</source>
        <translation>
            <numerusform>%n Partition hat ihre Offsets behalten:</numerusform>
            <numerusform>%n Partitionen haben ihre Offsets behalten:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsa::ui::GroupFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>Messages per second.</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>OK: the consumer keeps up (lag reached zero or is shrinking).</source>
        <translation>OK: Der Consumer hält mit (der Lag erreichte null oder schrumpft).</translation>
    </message>
    <message>
        <source>WARN: the consumer commits, but lag grows at every sample.</source>
        <translation>WARN: Der Consumer committet, aber der Lag wächst mit jeder Stichprobe.</translation>
    </message>
    <message>
        <source>STALL: a member owns the partition, but its committed offset does not move while messages wait.</source>
        <translation>STALL: Ein Mitglied besitzt die Partition, aber sein committeter Offset bewegt sich nicht, während Nachrichten warten.</translation>
    </message>
    <message>
        <source>ERR: no member reads the partition and messages wait: the consumer stopped.</source>
        <translation>ERR: Kein Mitglied liest die Partition, und Nachrichten warten: Der Consumer hat angehalten.</translation>
    </message>
    <message>
        <source>STOP: no commit for a long time while messages wait: the consumer is gone.</source>
        <translation>STOP: Lange kein Commit, während Nachrichten warten: Der Consumer ist weg.</translation>
    </message>
    <message>
        <source>Not judged yet: the monitor needs a committed offset and a few samples.</source>
        <translation>Noch nicht beurteilt: Der Monitor braucht einen committeten Offset und einige Stichproben.</translation>
    </message>
    <message>
        <source>Stable: every member has its partitions and consumes.</source>
        <translation>Stable: Jedes Mitglied hat seine Partitionen und konsumiert.</translation>
    </message>
    <message>
        <source>Preparing rebalance: members are rejoining; nobody consumes until the group is stable again.</source>
        <translation>Rebalance wird vorbereitet: Mitglieder treten erneut bei; niemand konsumiert, bis die Gruppe wieder stabil ist.</translation>
    </message>
    <message>
        <source>Completing rebalance: the leader is handing out partitions.</source>
        <translation>Rebalance wird abgeschlossen: Der Leader verteilt die Partitionen.</translation>
    </message>
    <message>
        <source>Empty: no member is connected; the group only keeps its committed offsets.</source>
        <translation>Empty: Kein Mitglied ist verbunden; die Gruppe hält nur ihre committeten Offsets.</translation>
    </message>
    <message>
        <source>Dead: the group no longer exists.</source>
        <translation>Dead: Die Gruppe existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>samsa::ui::GroupListModel</name>
    <message>
        <source>(offsets only)</source>
        <extracomment>A group without a protocol type only stores offsets (no member ever joined).</extracomment>
        <translation>(nur Offsets)</translation>
    </message>
    <message numerus="yes">
        <source>%1 messages not yet consumed, over %n partition(s)</source>
        <translation>
            <numerusform>%1 noch nicht konsumierte Nachrichten auf %n Partition</numerusform>
            <numerusform>%1 noch nicht konsumierte Nachrichten auf %n Partitionen</numerusform>
        </translation>
    </message>
    <message>
        <source>How far behind the slowest partition is, from the timestamp of the next message to consume</source>
        <translation>Wie weit die langsamste Partition zurückliegt, gemessen am Zeitstempel der nächsten zu konsumierenden Nachricht</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Protocol</source>
        <extracomment>Column header: the group&apos;s protocol type, &quot;consumer&quot; for Kafka consumers.</extracomment>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Assignor</source>
        <translation>Assignor</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>Time lag</source>
        <translation>Zeit-Lag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>The group coordinator&apos;s state for the group: Stable, PreparingRebalance, CompletingRebalance, Empty or Dead</source>
        <translation>Zustand der Gruppe beim Group Coordinator: Stable, PreparingRebalance, CompletingRebalance, Empty oder Dead</translation>
    </message>
    <message>
        <source>The partition assignment strategy the members agreed on (range, roundrobin, cooperative-sticky…)</source>
        <translation>Die Strategie zur Partitionszuweisung, auf die sich die Mitglieder geeinigt haben (range, roundrobin, cooperative-sticky…)</translation>
    </message>
    <message>
        <source>Messages written but not yet consumed: log end offset minus committed offset, summed over the group&apos;s partitions</source>
        <translation>Geschriebene, aber noch nicht konsumierte Nachrichten: Log-End-Offset minus committeter Offset, summiert über die Partitionen der Gruppe</translation>
    </message>
    <message>
        <source>Estimated time the group is behind: the age of the next message it will read, on its slowest partition</source>
        <translation>Geschätzte Zeit, die die Gruppe zurückliegt: das Alter der nächsten zu lesenden Nachricht auf ihrer langsamsten Partition</translation>
    </message>
    <message>
        <source>Health judged from a sliding window of commits, as Burrow does: OK, WARN, STALL, ERR or STOP</source>
        <translation>Zustand, beurteilt aus einem gleitenden Fenster von Commits wie bei Burrow: OK, WARN, STALL, ERR oder STOP</translation>
    </message>
    <message>
        <source>The broker that coordinates the group (chosen from the group id&apos;s hash over the partitions of __consumer_offsets)</source>
        <translation>Der Broker, der die Gruppe koordiniert (gewählt aus dem Hash der Gruppen-ID über die Partitionen von __consumer_offsets)</translation>
    </message>
</context>
<context>
    <name>samsa::ui::GroupMembersModel</name>
    <message>
        <source>(nothing assigned)</source>
        <extracomment>A member the group&apos;s leader gave no partition.</extracomment>
        <translation>(nichts zugewiesen)</translation>
    </message>
    <message>
        <source>Subscribed to: %1</source>
        <translation>Abonniert: %1</translation>
    </message>
    <message>
        <source>A static member (group.instance.id): it keeps its partitions when it restarts within its session timeout</source>
        <translation>Ein statisches Mitglied (group.instance.id): Es behält seine Partitionen, wenn es innerhalb seines Session-Timeouts neu startet</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Instance id</source>
        <extracomment>Kafka&apos;s group.instance.id, set by static members.</extracomment>
        <translation>Instance-ID</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>Assigned partitions</source>
        <translation>Zugewiesene Partitionen</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>Member-ID</translation>
    </message>
    <message>
        <source>The client.id the consumer connects with</source>
        <translation>Die client.id, mit der sich der Consumer verbindet</translation>
    </message>
    <message>
        <source>The id the coordinator gave the member when it joined</source>
        <translation>Die ID, die der Coordinator dem Mitglied beim Beitritt gegeben hat</translation>
    </message>
    <message>
        <source>Partitions the group&apos;s leader assigned to this member, decoded from the consumer protocol</source>
        <translation>Partitionen, die der Leader der Gruppe diesem Mitglied zugewiesen hat, aus dem Consumer-Protokoll dekodiert</translation>
    </message>
</context>
<context>
    <name>samsa::ui::GroupPartitionsModel</name>
    <message>
        <source>none</source>
        <extracomment>No committed offset for this partition yet.</extracomment>
        <translation>keiner</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <extracomment>A commit time seen from polling, accurate to the sampling interval.</extracomment>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>No member of the group is assigned this partition</source>
        <translation>Keinem Mitglied der Gruppe ist diese Partition zugewiesen</translation>
    </message>
    <message>
        <source>Consumed %1, produced %2</source>
        <translation>Konsumiert %1, produziert %2</translation>
    </message>
    <message>
        <source>From the commit record in __consumer_offsets</source>
        <translation>Aus dem Commit-Eintrag in __consumer_offsets</translation>
    </message>
    <message>
        <source>When the monitor saw the committed offset change</source>
        <translation>Als der Monitor die Änderung des committeten Offsets sah</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committet</translation>
    </message>
    <message>
        <source>Log end</source>
        <translation>Log-Ende</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>Time lag</source>
        <translation>Zeit-Lag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Last commit</source>
        <translation>Letzter Commit</translation>
    </message>
    <message>
        <source>Commit metadata</source>
        <translation>Commit-Metadaten</translation>
    </message>
    <message>
        <source>The offset the group will read next: the position its consumers committed</source>
        <translation>Der Offset, den die Gruppe als Nächstes liest: die Position, die ihre Consumer committet haben</translation>
    </message>
    <message>
        <source>The high watermark: the offset the next message written will get</source>
        <translation>Die High Watermark: der Offset, den die nächste geschriebene Nachricht bekommt</translation>
    </message>
    <message>
        <source>Messages not yet consumed: log end minus committed offset</source>
        <translation>Noch nicht konsumierte Nachrichten: Log-Ende minus committeter Offset</translation>
    </message>
    <message>
        <source>How old the next message to consume is: how far behind in time the consumer is</source>
        <translation>Wie alt die nächste zu konsumierende Nachricht ist: wie weit der Consumer zeitlich zurückliegt</translation>
    </message>
    <message>
        <source>The member the group&apos;s leader assigned this partition to</source>
        <translation>Das Mitglied, dem der Leader der Gruppe diese Partition zugewiesen hat</translation>
    </message>
    <message>
        <source>The free text a consumer may store with its commit</source>
        <translation>Der freie Text, den ein Consumer mit seinem Commit speichern kann</translation>
    </message>
</context>
<context>
    <name>samsa::ui::GroupTools</name>
    <message>
        <source>Rebalance lab — %1</source>
        <extracomment>%1 names the cluster.</extracomment>
        <translation>Rebalance-Labor — %1</translation>
    </message>
</context>
<context>
    <name>samsa::ui::GroupsPage</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Sample every group now instead of at the next interval</source>
        <translation>Jede Gruppe jetzt abfragen statt beim nächsten Intervall</translation>
    </message>
    <message>
        <source>Rebalance lab…</source>
        <translation>Rebalance-Labor…</translation>
    </message>
    <message>
        <source>Start demo consumers in a group of this cluster and watch them rebalance</source>
        <translation>Demo-Consumer in einer Gruppe dieses Clusters starten und ihren Rebalance beobachten</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Filter by group id (Ctrl+F)</source>
        <translation>Nach Gruppen-ID filtern (Strg+F)</translation>
    </message>
    <message numerus="yes">
        <source>Every %n s</source>
        <extracomment>How often the group monitor samples; %n is a number of seconds.</extracomment>
        <translation>
            <numerusform>Alle %n s</numerusform>
            <numerusform>Alle %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Every %1 s</source>
        <translation>Alle %1 s</translation>
    </message>
    <message>
        <source>How often every group of the cluster is sampled. The samples feed the lag charts and the rebalance timeline even while this page is closed.</source>
        <translation>Wie oft jede Gruppe des Clusters abgefragt wird. Die Stichproben speisen die Lag-Diagramme und die Rebalance-Zeitleiste, auch wenn diese Seite geschlossen ist.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Loading consumer groups…</source>
        <translation>Consumer-Gruppen werden geladen…</translation>
    </message>
    <message>
        <source>No consumer groups yet</source>
        <translation>Noch keine Consumer-Gruppen</translation>
    </message>
    <message>
        <source>A consumer group appears here when consumers with a group.id join it or commit offsets. Start demo consumers in the rebalance lab to see one at work.</source>
        <translation>Eine Consumer-Gruppe erscheint hier, wenn Consumer mit einer group.id ihr beitreten oder Offsets committen. Starten Sie Demo-Consumer im Rebalance-Labor, um eine bei der Arbeit zu sehen.</translation>
    </message>
    <message>
        <source>Open the rebalance lab…</source>
        <translation>Rebalance-Labor öffnen…</translation>
    </message>
    <message>
        <source>Could not read the consumer groups: %1</source>
        <translation>Die Consumer-Gruppen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Lag history and rebalances are not being recorded: %1</source>
        <extracomment>%1 explains why; the live figures still show.</extracomment>
        <translation>Lag-Historie und Rebalances werden nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>The consumer groups could not be read.</source>
        <translation>Die Consumer-Gruppen konnten nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n group(s)</source>
        <translation>
            <numerusform>%1 von %n Gruppe</numerusform>
            <numerusform>%1 von %n Gruppen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsa::ui::HeadersEditor</name>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Headers travel with the record as key/value pairs, for metadata such as a trace id or a content type. Values may use the same placeholders as the record value.</source>
        <translation>Header reisen als Key/Wert-Paare mit dem Record, für Metadaten wie eine Trace-ID oder einen Content-Type. Werte können dieselben Platzhalter verwenden wie der Record-Wert.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation>Einen Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected header (Delete)</source>
        <translation>Den gewählten Header entfernen (Entf)</translation>
    </message>
    <message>
        <source>Header %1 has a value but no key.</source>
        <translation>Header %1 hat einen Wert, aber keinen Key.</translation>
    </message>
</context>
<context>
    <name>samsa::ui::HeadersModel</name>
    <message>
        <source>null</source>
        <extracomment>A header whose value is null (absent), as opposed to empty.</extracomment>
        <translation>null</translation>
    </message>
    <message>
        <source>The header has a key but no value at all (null), which is not the same as an empty value.</source>
        <translation>Der Header hat einen Key, aber überhaupt keinen Wert (null) – das ist etwas anderes als ein leerer Wert.</translation>
    </message>
    <message>
        <source>The order the producer added the headers in</source>
        <translation>Die Reihenfolge, in der der Producer die Header hinzugefügt hat</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>Column of the headers table: the header&apos;s position in the record.</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>samsa::ui::HexDumpModel</name>
    <message>
        <source>Byte %1 (0x%2)</source>
        <extracomment>Tooltip on an offset of the hex view: where this line starts in the payload.</extracomment>
        <translation>Byte %1 (0x%2)</translation>
    </message>
    <message>
        <source>Offset</source>
        <extracomment>Column of the hex view: position of the line&apos;s first byte, in hexadecimal.</extracomment>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Hex</source>
        <extracomment>Column of the hex view: the bytes in hexadecimal.</extracomment>
        <translation>Hex</translation>
    </message>
    <message>
        <source>ASCII</source>
        <extracomment>Column of the hex view: the bytes as ASCII characters, dots for the rest.</extracomment>
        <translation>ASCII</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ImportDialog</name>
    <message>
        <source>Import Records</source>
        <translation>Records importieren</translation>
    </message>
    <message>
        <source>A .jsonl or .csv file exported from Samsa</source>
        <translation>Eine aus Samsa exportierte .jsonl- oder .csv-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Chosen from the file name; change it if the name says otherwise.</source>
        <translation>Aus dem Dateinamen gewählt; ändern Sie es, wenn der Name etwas anderes sagt.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Into &amp;topic:</source>
        <translation>In &amp;Topic:</translation>
    </message>
    <message>
        <source>Keep each record&apos;s &amp;partition</source>
        <translation>&amp;Partition jedes Records beibehalten</translation>
    </message>
    <message>
        <source>Each record goes to the partition number it was read from, so the order within each partition is kept. The topic must have that many partitions.</source>
        <translation>Jeder Record geht an die Partitionsnummer, aus der er gelesen wurde; so bleibt die Reihenfolge in jeder Partition erhalten. Das Topic muss genügend Partitionen haben.</translation>
    </message>
    <message>
        <source>Keep the original time&amp;stamps</source>
        <translation>Ursprüngliche &amp;Zeitstempel beibehalten</translation>
    </message>
    <message>
        <source>Off: records get the time they are sent. A topic with message.timestamp.type=LogAppendTime sets its own time either way.</source>
        <translation>Aus: Records erhalten die Zeit, zu der sie gesendet werden. Ein Topic mit message.timestamp.type=LogAppendTime setzt ohnehin seine eigene Zeit.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Exported records (*.jsonl *.ndjson *.json *.csv)</source>
        <translation>Exportierte Records (*.jsonl *.ndjson *.json *.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Wählen Sie die zu importierende Datei.</translation>
    </message>
    <message>
        <source>There is no readable file at %1.</source>
        <translation>Unter %1 gibt es keine lesbare Datei.</translation>
    </message>
    <message>
        <source>Checking every line of the file…</source>
        <translation>Jede Zeile der Datei wird geprüft…</translation>
    </message>
    <message>
        <source>Checking the topic&apos;s partitions…</source>
        <translation>Die Partitionen des Topics werden geprüft…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>Die ersten %1 sind aufgeführt.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation>Abgebrochen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>samsa::ui::InlineMessage</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>samsa::ui::Json</name>
    <message>
        <source>invalid token</source>
        <translation>ungültiges Token</translation>
    </message>
    <message>
        <source>there is no data</source>
        <translation>es gibt keine Daten</translation>
    </message>
    <message>
        <source>the data ends too soon</source>
        <translation>die Daten enden zu früh</translation>
    </message>
    <message>
        <source>unexpected data after the end</source>
        <translation>unerwartete Daten nach dem Ende</translation>
    </message>
    <message>
        <source>a colon is missing</source>
        <translation>ein Doppelpunkt fehlt</translation>
    </message>
    <message>
        <source>a quoted member name is expected</source>
        <translation>ein Membername in Anführungszeichen wird erwartet</translation>
    </message>
    <message>
        <source>a comma is missing</source>
        <translation>ein Komma fehlt</translation>
    </message>
    <message>
        <source>a value is expected</source>
        <translation>ein Wert wird erwartet</translation>
    </message>
    <message>
        <source>the brackets do not match</source>
        <translation>die Klammern passen nicht zusammen</translation>
    </message>
</context>
<context>
    <name>samsa::ui::JsonTreeModel</name>
    <message numerus="yes">
        <source>{ %n member(s) }</source>
        <extracomment>Summary of a JSON object in the tree view.</extracomment>
        <translation>
            <numerusform>{ %n Member }</numerusform>
            <numerusform>{ %n Member }</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[ %n item(s) ]</source>
        <extracomment>Summary of a JSON array in the tree view.</extracomment>
        <translation>
            <numerusform>[ %n Element ]</numerusform>
            <numerusform>[ %n Elemente ]</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <extracomment>JSON value types, as the JSON standard names them.</extracomment>
        <translation>object</translation>
    </message>
    <message>
        <source>array</source>
        <translation>array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>string</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>boolean</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the JSON tree: the member name, or the index in an array.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>samsa::ui::LabConsumersModel</name>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>leaving</source>
        <translation>verlässt die Gruppe</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ms per message</source>
        <translation>%1 ms pro Nachricht</translation>
    </message>
    <message>
        <source>static</source>
        <translation>statisch</translation>
    </message>
    <message>
        <source>session %1 ms</source>
        <translation>Session %1 ms</translation>
    </message>
    <message>
        <source>Member id %1</source>
        <translation>Member-ID %1</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>Konsumiert</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>samsa::ui::LabPanel</name>
    <message>
        <source>Used only when the topic does not exist yet</source>
        <translation>Nur verwendet, wenn das Topic noch nicht existiert</translation>
    </message>
    <message>
        <source>range</source>
        <translation>range</translation>
    </message>
    <message>
        <source>roundrobin</source>
        <translation>roundrobin</translation>
    </message>
    <message>
        <source>cooperative-sticky</source>
        <translation>cooperative-sticky</translation>
    </message>
    <message>
        <source>partition.assignment.strategy: range gives each member a block of each topic, roundrobin deals partitions out one by one, cooperative-sticky moves as few partitions as it can and lets the others keep consuming during a rebalance</source>
        <translation>partition.assignment.strategy: range gibt jedem Mitglied einen Block jedes Topics, roundrobin verteilt die Partitionen einzeln reihum, cooperative-sticky verschiebt so wenige Partitionen wie möglich und lässt die anderen während eines Rebalance weiter konsumieren</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long the consumer &quot;works&quot; on each message. More than max.poll.interval.ms gets it expelled from the group.</source>
        <translation>Wie lange der Consumer an jeder Nachricht „arbeitet“. Mehr als max.poll.interval.ms führt zum Ausschluss aus der Gruppe.</translation>
    </message>
    <message>
        <source>max.poll.interval.ms: the longest a consumer may go between polls before it is considered stuck and leaves the group</source>
        <translation>max.poll.interval.ms: die längste Zeit, die ein Consumer zwischen zwei Polls brauchen darf, bevor er als hängend gilt und die Gruppe verlässt</translation>
    </message>
    <message>
        <source>session.timeout.ms: how long the coordinator waits for heartbeats from a consumer that died before it rebalances without it (the broker&apos;s group.min.session.timeout.ms is the lower limit)</source>
        <translation>session.timeout.ms: wie lange der Coordinator auf Heartbeats eines abgestürzten Consumers wartet, bevor er ohne ihn rebalanciert (group.min.session.timeout.ms des Brokers ist die Untergrenze)</translation>
    </message>
    <message>
        <source>Static membership (group.instance.id)</source>
        <translation>Statische Mitgliedschaft (group.instance.id)</translation>
    </message>
    <message>
        <source>A static member keeps its partitions when it comes back within its session timeout, and does not leave the group when it stops</source>
        <translation>Ein statisches Mitglied behält seine Partitionen, wenn es innerhalb seines Session-Timeouts zurückkommt, und verlässt die Gruppe beim Stoppen nicht</translation>
    </message>
    <message>
        <source>Start a consumer</source>
        <translation>Einen Consumer starten</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>Topic and partitions:</source>
        <translation>Topic und Partitionen:</translation>
    </message>
    <message>
        <source>Assignor:</source>
        <translation>Assignor:</translation>
    </message>
    <message>
        <source>Processing time per message:</source>
        <translation>Verarbeitungszeit pro Nachricht:</translation>
    </message>
    <message>
        <source>max.poll.interval.ms:</source>
        <translation>max.poll.interval.ms:</translation>
    </message>
    <message>
        <source>session.timeout.ms:</source>
        <translation>session.timeout.ms:</translation>
    </message>
    <message>
        <source>New consumer</source>
        <translation>Neuer Consumer</translation>
    </message>
    <message>
        <source> messages/s</source>
        <translation> Nachrichten/s</translation>
    </message>
    <message>
        <source>Produce</source>
        <translation>Produzieren</translation>
    </message>
    <message>
        <source>Keep writing small messages to the topic so there is something to consume and lag to watch</source>
        <translation>Fortlaufend kleine Nachrichten in das Topic schreiben, damit es etwas zu konsumieren und Lag zu beobachten gibt</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <source>Stop (leaves the group)</source>
        <translation>Stoppen (verlässt die Gruppe)</translation>
    </message>
    <message>
        <source>Commit and send LeaveGroup: the group rebalances at once</source>
        <translation>Committen und LeaveGroup senden: Die Gruppe rebalanciert sofort</translation>
    </message>
    <message>
        <source>Kill (no goodbye)</source>
        <translation>Beenden (ohne Abschied)</translation>
    </message>
    <message>
        <source>Stop dead, as a crash would: the group rebalances only when the session times out</source>
        <translation>Hart anhalten wie bei einem Absturz: Die Gruppe rebalanciert erst, wenn die Session abläuft</translation>
    </message>
    <message>
        <source>Clear ended</source>
        <translation>Beendete entfernen</translation>
    </message>
    <message>
        <source>Cannot use topic %1: %2</source>
        <translation>Topic %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Name a group and a topic.</source>
        <translation>Geben Sie eine Gruppe und ein Topic an.</translation>
    </message>
    <message>
        <source>This consumer spends longer on a message than max.poll.interval.ms allows: expect it to be expelled and to rejoin, again and again.</source>
        <translation>Dieser Consumer braucht für eine Nachricht länger, als max.poll.interval.ms erlaubt: Er wird wieder und wieder ausgeschlossen und tritt erneut bei.</translation>
    </message>
</context>
<context>
    <name>samsa::ui::LagChartPanel</name>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>Lag (messages)</source>
        <translation>Lag (Nachrichten)</translation>
    </message>
    <message>
        <source>Time lag (seconds)</source>
        <translation>Zeit-Lag (Sekunden)</translation>
    </message>
    <message>
        <source>Consume rate (messages/s)</source>
        <translation>Konsumrate (Nachrichten/s)</translation>
    </message>
    <message>
        <source>Produce rate (messages/s)</source>
        <translation>Produktionsrate (Nachrichten/s)</translation>
    </message>
    <message>
        <source>Rates come from how fast the committed offsets (consume) and the log end offsets (produce) advance between samples</source>
        <translation>Die Raten ergeben sich daraus, wie schnell die committeten Offsets (Konsum) und die Log-End-Offsets (Produktion) zwischen den Stichproben vorrücken</translation>
    </message>
    <message>
        <source>Whole range</source>
        <translation>Gesamter Bereich</translation>
    </message>
    <message>
        <source>Undo zooming and panning (Escape)</source>
        <translation>Zoomen und Verschieben rückgängig machen (Esc)</translation>
    </message>
    <message>
        <source>Tick several entries to compare them on one chart</source>
        <translation>Mehrere Einträge ankreuzen, um sie in einem Diagramm zu vergleichen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>%1 (all partitions)</source>
        <translation>%1 (alle Partitionen)</translation>
    </message>
    <message>
        <source>Lag summed over the whole group</source>
        <translation>Lag, summiert über die ganze Gruppe</translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation>Topic %1</translation>
    </message>
    <message>
        <source>Lag summed over topic %1</source>
        <translation>Lag, summiert über Topic %1</translation>
    </message>
    <message>
        <source>Partition %1 of %2</source>
        <translation>Partition %1 von %2</translation>
    </message>
    <message>
        <source>group %1</source>
        <extracomment>A series of another group, for comparing groups on one chart.</extracomment>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Total lag of group %1</source>
        <translation>Gesamter Lag der Gruppe %1</translation>
    </message>
    <message>
        <source>messages behind</source>
        <translation>Nachrichten zurück</translation>
    </message>
    <message>
        <source>seconds behind</source>
        <translation>Sekunden zurück</translation>
    </message>
    <message>
        <source>messages per second</source>
        <translation>Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <source>Tick a series to draw it.</source>
        <translation>Kreuzen Sie eine Reihe an, um sie zu zeichnen.</translation>
    </message>
    <message>
        <source>No history in this range yet: the monitor records a sample of every group at each interval.</source>
        <translation>In diesem Bereich gibt es noch keine Historie: Der Monitor zeichnet in jedem Intervall eine Stichprobe jeder Gruppe auf.</translation>
    </message>
    <message>
        <source>Per-partition history is kept for two days, group and topic totals for two weeks.</source>
        <translation>Die Historie je Partition wird zwei Tage aufbewahrt, Summen je Gruppe und Topic zwei Wochen.</translation>
    </message>
</context>
<context>
    <name>samsa::ui::LagChartView</name>
    <message>
        <source>Drag to zoom into a stretch of time, Shift+drag or arrow keys to pan, the wheel to zoom, double-click or Escape to see the whole range again</source>
        <translation>Ziehen, um einen Zeitabschnitt zu vergrößern; Umschalt+Ziehen oder Pfeiltasten zum Verschieben; Mausrad zum Zoomen; Doppelklick oder Esc zeigt wieder den gesamten Bereich</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>samsa::ui::LibraryVersions</name>
    <message>
        <source>user interface</source>
        <translation>Benutzeroberfläche</translation>
    </message>
    <message>
        <source>TLS connections to clusters</source>
        <translation>TLS-Verbindungen zu Clustern</translation>
    </message>
    <message>
        <source>the demo consumers of the rebalance lab</source>
        <translation>die Demo-Consumer des Rebalance-Labors</translation>
    </message>
    <message>
        <source>gzip compression</source>
        <translation>gzip-Kompression</translation>
    </message>
    <message>
        <source>zstd compression</source>
        <translation>zstd-Kompression</translation>
    </message>
    <message>
        <source>lz4 compression</source>
        <translation>lz4-Kompression</translation>
    </message>
    <message>
        <source>snappy compression</source>
        <translation>snappy-Kompression</translation>
    </message>
    <message>
        <source>saved clusters, settings and consumer group history</source>
        <translation>gespeicherte Cluster, Einstellungen und Consumer-Gruppen-Historie</translation>
    </message>
</context>
<context>
    <name>samsa::ui::LocalClusterStatus</name>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>startet…</translation>
    </message>
    <message>
        <source>running on %1 (port %2 was taken)</source>
        <translation>läuft auf %1 (Port %2 war belegt)</translation>
    </message>
    <message>
        <source>running on %1</source>
        <translation>läuft auf %1</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>stoppt…</translation>
    </message>
    <message>
        <source>deleting its data…</source>
        <translation>löscht seine Daten…</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>samsa::ui::MainWindow</name>
    <message>
        <source>Samsa</source>
        <translation>Samsa</translation>
    </message>
    <message>
        <source>Port %1 is in use by another program; the local cluster listens on port %2.</source>
        <translation>Port %1 wird von einem anderen Programm verwendet; der lokale Cluster lauscht auf Port %2.</translation>
    </message>
    <message>
        <source>Sample data: %1</source>
        <translation>Beispieldaten: %1</translation>
    </message>
    <message>
        <source>Sample data: topics orders, user-profiles and page-views are receiving messages; group order-processor consumes orders.</source>
        <translation>Beispieldaten: Die Topics orders, user-profiles und page-views empfangen Nachrichten; die Gruppe order-processor konsumiert orders.</translation>
    </message>
    <message>
        <source>Start the local cluster first.</source>
        <translation>Starten Sie zuerst den lokalen Cluster.</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Remove cluster?</source>
        <translation>Cluster entfernen?</translation>
    </message>
    <message>
        <source>Remove the saved connection “%1”? The cluster itself is not changed.</source>
        <translation>Die gespeicherte Verbindung „%1“ entfernen? Der Cluster selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>&amp;Edit connection…</source>
        <translation>Verbindung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove connection…</source>
        <translation>Verbindung &amp;entfernen…</translation>
    </message>
    <message>
        <source>Load sample data?</source>
        <translation>Beispieldaten laden?</translation>
    </message>
    <message>
        <source>The local cluster is empty. Load sample data to see Samsa at work: topics with live orders, user profiles and page views, and a consumer group that falls behind.</source>
        <translation>Der lokale Cluster ist leer. Laden Sie Beispieldaten, um Samsa bei der Arbeit zu sehen: Topics mit laufenden Bestellungen, Benutzerprofilen und Seitenaufrufen sowie eine Consumer-Gruppe, die zurückfällt.</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Beispieldaten laden</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Reset the local cluster?</source>
        <translation>Lokalen Cluster zurücksetzen?</translation>
    </message>
    <message>
        <source>Every topic, message and consumer group offset of the local cluster will be deleted. This cannot be undone.</source>
        <translation>Alle Topics, Nachrichten und Offsets der Consumer-Gruppen des lokalen Clusters werden gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Local cluster</source>
        <extracomment>Heading of the menu part about the cluster bundled with the app.</extracomment>
        <translation>Lokaler Cluster</translation>
    </message>
    <message>
        <source>Local cluster: not used in this session</source>
        <translation>Lokaler Cluster: in dieser Sitzung nicht verwendet</translation>
    </message>
    <message>
        <source>Local cluster: %1</source>
        <translation>Lokaler Cluster: %1</translation>
    </message>
    <message>
        <source>%1 — Overview</source>
        <translation>%1 — Übersicht</translation>
    </message>
    <message>
        <source>%1 — Brokers</source>
        <translation>%1 — Broker</translation>
    </message>
    <message>
        <source>%1 — Topics</source>
        <translation>%1 — Topics</translation>
    </message>
    <message>
        <source>%1 — Consumer groups</source>
        <translation>%1 — Consumer-Gruppen</translation>
    </message>
    <message>
        <source>%1 — Messages</source>
        <extracomment>Tab title of a topic&apos;s message browser; %1 is the topic.</extracomment>
        <translation>%1 — Nachrichten</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Consumer group %1 on %2</source>
        <translation>Consumer-Gruppe %1 auf %2</translation>
    </message>
    <message>
        <source>Messages of %1 on %2</source>
        <translation>Nachrichten von %1 auf %2</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1: verbindet…</translation>
    </message>
    <message>
        <source>%1: connected</source>
        <translation>%1: verbunden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Connect to the cluster first.</source>
        <translation>Verbinden Sie sich zuerst mit dem Cluster.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New topic…</source>
        <translation>&amp;Neues Topic…</translation>
    </message>
    <message>
        <source>Create a topic on the current cluster</source>
        <translation>Ein Topic auf dem aktuellen Cluster anlegen</translation>
    </message>
    <message>
        <source>&amp;Add cluster…</source>
        <translation>Cluster &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Save the connection to another Kafka cluster</source>
        <translation>Die Verbindung zu einem weiteren Kafka-Cluster speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Go to the filter field of the current page</source>
        <translation>Zum Filterfeld der aktuellen Seite springen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the current page&apos;s data from the cluster again</source>
        <translation>Die Daten der aktuellen Seite erneut vom Cluster lesen</translation>
    </message>
    <message>
        <source>Go to the &amp;navigator</source>
        <translation>Zur &amp;Navigation</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the list of clusters</source>
        <translation>Den Tastaturfokus in die Liste der Cluster setzen</translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>Pre&amp;vious page</source>
        <translation>&amp;Vorige Seite</translation>
    </message>
    <message>
        <source>&amp;Close page</source>
        <translation>Seite &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>&amp;Produce…</source>
        <translation>&amp;Produzieren…</translation>
    </message>
    <message>
        <source>Send records to the current topic</source>
        <translation>Records an das aktuelle Topic senden</translation>
    </message>
    <message>
        <source>&amp;Import records…</source>
        <translation>Records &amp;importieren…</translation>
    </message>
    <message>
        <source>Replay records exported as JSON Lines or CSV into a topic</source>
        <translation>Als JSON Lines oder CSV exportierte Records erneut in ein Topic schreiben</translation>
    </message>
    <message>
        <source>&amp;Start local cluster</source>
        <translation>Lokalen Cluster &amp;starten</translation>
    </message>
    <message>
        <source>S&amp;top local cluster</source>
        <translation>Lokalen Cluster s&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Reset local cluster…</source>
        <translation>Lokalen Cluster &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Delete every topic, message and consumer offset of the local cluster</source>
        <translation>Alle Topics, Nachrichten und Consumer-Offsets des lokalen Clusters löschen</translation>
    </message>
    <message>
        <source>Load &amp;sample data</source>
        <translation>&amp;Beispieldaten laden</translation>
    </message>
    <message>
        <source>Create example topics (orders, user profiles, page views) with live traffic and a consumer group that falls behind</source>
        <translation>Beispiel-Topics anlegen (Bestellungen, Benutzerprofile, Seitenaufrufe) mit laufendem Verkehr und einer Consumer-Gruppe, die zurückfällt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Samsa</source>
        <translation>&amp;Über Samsa</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>This page has nothing to filter.</source>
        <translation>Auf dieser Seite gibt es nichts zu filtern.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The local cluster is not running. Start it from the Cluster menu.</source>
        <translation>Der lokale Cluster läuft nicht. Starten Sie ihn im Menü „Cluster“.</translation>
    </message>
</context>
<context>
    <name>samsa::ui::MessageColumns</name>
    <message>
        <source>null (tombstone)</source>
        <comment>a record whose value is null</comment>
        <translation>null (Tombstone)</translation>
    </message>
    <message>
        <source>null</source>
        <comment>a record without a key</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>(empty)</source>
        <comment>a key or value of zero bytes</comment>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>control record</source>
        <comment>a Kafka control record of unknown type</comment>
        <translation>Control-Record</translation>
    </message>
    <message>
        <source>COMMIT marker</source>
        <comment>the record that ends a committed transaction</comment>
        <translation>COMMIT-Marker</translation>
    </message>
    <message>
        <source>ABORT marker</source>
        <comment>the record that ends an aborted transaction</comment>
        <translation>ABORT-Marker</translation>
    </message>
    <message>
        <source>marker</source>
        <comment>transaction column: a COMMIT/ABORT control record</comment>
        <translation>Marker</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>committet</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>open</source>
        <comment>a transaction that has not ended (yet)</comment>
        <translation>offen</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no compression</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>none</source>
        <comment>a record without a timestamp</comment>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Kompression</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Producer ID</source>
        <translation>Producer-ID</translation>
    </message>
    <message>
        <source>Epoch</source>
        <comment>producer epoch</comment>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>Sequence</source>
        <comment>producer sequence number</comment>
        <translation>Sequenz</translation>
    </message>
    <message>
        <source>Time type</source>
        <comment>CreateTime or LogAppendTime</comment>
        <translation>Zeittyp</translation>
    </message>
    <message>
        <source>The partition the record is stored in.</source>
        <translation>Die Partition, in der der Record gespeichert ist.</translation>
    </message>
    <message>
        <source>The record&apos;s position in its partition. Offsets only grow; gaps come from compaction, transaction markers and deleted records.</source>
        <translation>Die Position des Records in seiner Partition. Offsets wachsen nur; Lücken entstehen durch Compaction, Transaktionsmarker und gelöschte Records.</translation>
    </message>
    <message>
        <source>When the record was created (set by the producer) or appended (set by the broker), depending on the topic&apos;s message.timestamp.type.</source>
        <translation>Wann der Record erzeugt (vom Producer gesetzt) oder angehängt wurde (vom Broker gesetzt), je nach message.timestamp.type des Topics.</translation>
    </message>
    <message>
        <source>The record key. Records with the same key go to the same partition, and compaction keeps the latest record of each key.</source>
        <translation>Der Key des Records. Records mit demselben Key landen in derselben Partition, und Compaction behält den jeweils neuesten Record je Key.</translation>
    </message>
    <message>
        <source>The record value. A null value is a tombstone: compaction deletes the key.</source>
        <translation>Der Wert des Records. Ein null-Wert ist ein Tombstone: Compaction löscht den Key.</translation>
    </message>
    <message>
        <source>How many headers (name/value pairs of metadata) the record carries.</source>
        <translation>Wie viele Header (Name/Wert-Paare mit Metadaten) der Record trägt.</translation>
    </message>
    <message>
        <source>Bytes of key, value and headers, before compression.</source>
        <translation>Bytes von Key, Wert und Headern vor der Kompression.</translation>
    </message>
    <message>
        <source>The codec of the record&apos;s batch as stored by the broker.</source>
        <translation>Der Codec des Batches, wie der Broker ihn gespeichert hat.</translation>
    </message>
    <message>
        <source>For records written in a transaction: whether it was committed or aborted. Consumers with isolation.level=read_committed never see aborted records.</source>
        <translation>Für in einer Transaktion geschriebene Records: ob sie committet oder abgebrochen wurde. Consumer mit isolation.level=read_committed sehen abgebrochene Records nie.</translation>
    </message>
    <message>
        <source>The idempotent or transactional producer that wrote the batch.</source>
        <translation>Der idempotente oder transaktionale Producer, der den Batch geschrieben hat.</translation>
    </message>
    <message>
        <source>The producer&apos;s epoch; a newer epoch fences older instances of the same transactional producer.</source>
        <translation>Die Epoch des Producers; eine neuere Epoch sperrt ältere Instanzen desselben transaktionalen Producers aus.</translation>
    </message>
    <message>
        <source>The producer&apos;s sequence number of the record, which lets the broker drop duplicates of a retried send.</source>
        <translation>Die Sequenznummer des Records beim Producer; damit verwirft der Broker Duplikate eines wiederholten Sendens.</translation>
    </message>
    <message>
        <source>CreateTime: set by the producer. LogAppendTime: set by the broker when it appended the record.</source>
        <translation>CreateTime: vom Producer gesetzt. LogAppendTime: vom Broker beim Anhängen des Records gesetzt.</translation>
    </message>
    <message>
        <source>control</source>
        <comment>key column of a transaction marker</comment>
        <translation>Control</translation>
    </message>
    <message>
        <source>LogAppendTime: set by the broker</source>
        <translation>LogAppendTime: vom Broker gesetzt</translation>
    </message>
    <message>
        <source>CreateTime: set by the producer</source>
        <translation>CreateTime: vom Producer gesetzt</translation>
    </message>
    <message>
        <source>%1
%2 ms since the epoch
%3</source>
        <extracomment>%1 an ISO date in UTC, %2 milliseconds since 1970, %3 who set the timestamp.</extracomment>
        <translation>%1
Unix-Zeit %2 ms
%3</translation>
    </message>
    <message>
        <source>A transaction marker written by the transaction coordinator, not by a producer. Consumers never see it.</source>
        <translation>Ein Transaktionsmarker, geschrieben vom Transaction Coordinator, nicht von einem Producer. Consumer sehen ihn nie.</translation>
    </message>
    <message>
        <source>A tombstone: the value is null. On a compacted topic it deletes the key once delete.retention.ms has passed.</source>
        <translation>Ein Tombstone: Der Wert ist null. Auf einem kompaktierten Topic löscht er den Key, sobald delete.retention.ms vergangen ist.</translation>
    </message>
    <message>
        <source>The record has no key (null).</source>
        <translation>Der Record hat keinen Key (null).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 a size such as 1.2 KiB, %2 a format name such as JSON.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Only the start is shown here; select the row to see all of it.</source>
        <translation>Hier ist nur der Anfang zu sehen; wählen Sie die Zeile, um alles zu sehen.</translation>
    </message>
    <message>
        <source>No headers</source>
        <translation>Keine Header</translation>
    </message>
    <message numerus="yes">
        <source>%n header(s), %1 in all</source>
        <translation>
            <numerusform>%n Header, %1 insgesamt</numerusform>
            <numerusform>%n Header, %1 insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>Key %1, value %2, headers %3
The whole batch takes %4 as stored</source>
        <translation>Key %1, Wert %2, Header %3
Der ganze Batch belegt gespeichert %4</translation>
    </message>
    <message>
        <source>Written in a transaction that was committed.</source>
        <translation>In einer committeten Transaktion geschrieben.</translation>
    </message>
    <message>
        <source>Written in a transaction that was aborted: read_committed consumers skip it.</source>
        <translation>In einer abgebrochenen Transaktion geschrieben: read_committed-Consumer überspringen ihn.</translation>
    </message>
    <message>
        <source>Written in a transaction whose end was not found: it is still running, or its marker lies further on.</source>
        <translation>In einer Transaktion geschrieben, deren Ende nicht gefunden wurde: Sie läuft noch, oder ihr Marker liegt weiter hinten.</translation>
    </message>
</context>
<context>
    <name>samsa::ui::MessageExport</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1</source>
        <extracomment>%1 a count of records, %2 a file name.</extracomment>
        <translation>
            <numerusform>%Ln Record nach %1 geschrieben</numerusform>
            <numerusform>%Ln Records nach %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsa::ui::MessageTableModel</name>
    <message>
        <source>This record is no longer in the log, or the view no longer shows it.</source>
        <translation>Dieser Record ist nicht mehr im Log, oder die Ansicht zeigt ihn nicht mehr.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>samsa::ui::MessagesPage</name>
    <message>
        <source>Cannot read partition %1 at offset %2: %3</source>
        <translation>Partition %1 kann bei Offset %2 nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1 — Messages</source>
        <translation>%1 — Nachrichten</translation>
    </message>
    <message>
        <source>Read the topic&apos;s partitions and offsets again</source>
        <translation>Die Partitionen und Offsets des Topics erneut lesen</translation>
    </message>
    <message>
        <source>P&amp;roduce…</source>
        <translation>P&amp;roduzieren…</translation>
    </message>
    <message>
        <source>Write new records to this topic</source>
        <translation>Neue Records in dieses Topic schreiben</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Save records to a JSON Lines or CSV file</source>
        <translation>Records in eine JSON-Lines- oder CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Export &amp;selection…</source>
        <translation>&amp;Auswahl exportieren…</translation>
    </message>
    <message>
        <source>Export all &amp;matches…</source>
        <translation>Alle &amp;Treffer exportieren…</translation>
    </message>
    <message>
        <source>Every record of the chosen range that the filter lets through, however many</source>
        <translation>Jeder Record des gewählten Bereichs, den der Filter durchlässt, egal wie viele</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>&amp;Wert kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;key</source>
        <translation>&amp;Key kopieren</translation>
    </message>
    <message>
        <source>Saved filters need the settings database, which is not available in this session</source>
        <translation>Gespeicherte Filter brauchen die Einstellungsdatenbank, die in dieser Sitzung nicht verfügbar ist</translation>
    </message>
    <message>
        <source>No saved filters yet</source>
        <translation>Noch keine gespeicherten Filter</translation>
    </message>
    <message>
        <source>&amp;Save current filter…</source>
        <translation>Aktuellen Filter &amp;speichern…</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Filter “%1” saved.</source>
        <translation>Filter „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>There is no saved filter “%1” any more.</source>
        <translation>Einen gespeicherten Filter „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Export all matches</source>
        <translation>Alle Treffer exportieren</translation>
    </message>
    <message>
        <source>Export selected records</source>
        <translation>Gewählte Records exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Select the records to export first (loaded rows only).</source>
        <translation>Wählen Sie zuerst die zu exportierenden Records (nur geladene Zeilen).</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Es gibt noch nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Cannot browse %1: %2</source>
        <translation>%1 kann nicht durchsucht werden: %2</translation>
    </message>
    <message>
        <source>Live view: %1</source>
        <translation>Live-Ansicht: %1</translation>
    </message>
    <message>
        <source>Type an offset, or partition:offset such as 2:1500.</source>
        <translation>Geben Sie einen Offset ein oder Partition:Offset, etwa 2:1500.</translation>
    </message>
    <message>
        <source>Several partitions are shown: type partition:offset, such as 2:1500.</source>
        <translation>Es werden mehrere Partitionen angezeigt: Geben Sie Partition:Offset ein, etwa 2:1500.</translation>
    </message>
    <message>
        <source>This is where the log starts: there are no earlier records.</source>
        <translation>Hier beginnt das Log: Es gibt keine früheren Records.</translation>
    </message>
    <message>
        <source>Finding the start…</source>
        <translation>Der Anfang wird gesucht…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Live view paused</source>
        <extracomment>The dot marks a live view, as on a recording light.</extracomment>
        <translation>Live-Ansicht pausiert</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>Nothing to show: the topic could not be read (see the message above).</source>
        <translation>Nichts anzuzeigen: Das Topic konnte nicht gelesen werden (siehe die Meldung oben).</translation>
    </message>
    <message>
        <source>No record matches the filter in the chosen range. Widen the range with an earlier start, or change the filter.</source>
        <translation>Kein Record im gewählten Bereich passt zum Filter. Erweitern Sie den Bereich mit einem früheren Start oder ändern Sie den Filter.</translation>
    </message>
    <message>
        <source>This topic has no messages yet. New ones will appear here as they arrive.</source>
        <translation>Dieses Topic hat noch keine Nachrichten. Neue erscheinen hier, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>This topic has no messages yet. Produce some, or turn on Live to see them arrive.</source>
        <translation>Dieses Topic hat noch keine Nachrichten. Produzieren Sie welche, oder schalten Sie Live ein, um sie eintreffen zu sehen.</translation>
    </message>
    <message>
        <source>No new messages yet. They will appear here as producers write them.</source>
        <translation>Noch keine neuen Nachrichten. Sie erscheinen hier, sobald Producer sie schreiben.</translation>
    </message>
    <message>
        <source>No messages from this start. Choose an earlier start, or turn on Live to see new ones arrive.</source>
        <translation>Ab diesem Start gibt es keine Nachrichten. Wählen Sie einen früheren Start, oder schalten Sie Live ein, um neue eintreffen zu sehen.</translation>
    </message>
    <message>
        <source>Partition %1 · offsets %2 to %3 · %4 rows</source>
        <extracomment>%1 a partition number, %2 and %3 offsets, %4 a count of rows.</extracomment>
        <translation>Partition %1 · Offsets %2 bis %3 · %4 Zeilen</translation>
    </message>
    <message>
        <source>%1 partitions · %2 rows</source>
        <translation>%1 Partitionen · %2 Zeilen</translation>
    </message>
    <message>
        <source>a window of the range: go to an offset or change the start for the rest</source>
        <translation>ein Ausschnitt des Bereichs: Springen Sie zu einem Offset oder ändern Sie den Start für den Rest</translation>
    </message>
    <message>
        <source>%1 matching rows</source>
        <translation>%1 passende Zeilen</translation>
    </message>
    <message>
        <source>%1 rows, all partitions by time</source>
        <translation>%1 Zeilen, alle Partitionen nach Zeit</translation>
    </message>
</context>
<context>
    <name>samsa::ui::NavigatorModel</name>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>The cluster bundled with Samsa, on this computer</source>
        <translation>Der mit Samsa gelieferte Cluster, auf diesem Computer</translation>
    </message>
    <message>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Consumer groups</source>
        <translation>Consumer-Gruppen</translation>
    </message>
</context>
<context>
    <name>samsa::ui::PageHeader</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
</context>
<context>
    <name>samsa::ui::PartitionsModel</name>
    <message>
        <source>none (offline)</source>
        <extracomment>The partition has no leader, so nobody can read or write it.</extracomment>
        <translation>keiner (offline)</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>No replica is in sync with the leader.</extracomment>
        <translation>keine</translation>
    </message>
    <message>
        <source>No broker leads this partition; it cannot be read or written.</source>
        <translation>Kein Broker ist Leader dieser Partition; sie kann weder gelesen noch geschrieben werden.</translation>
    </message>
    <message>
        <source>No broker leads this partition (%1); it cannot be read or written.</source>
        <translation>Kein Broker ist Leader dieser Partition (%1); sie kann weder gelesen noch geschrieben werden.</translation>
    </message>
    <message>
        <source>Broker %1 leads this partition: producers write to it and consumers read from it.</source>
        <translation>Broker %1 ist Leader dieser Partition: Producer schreiben an ihn, Consumer lesen von ihm.</translation>
    </message>
    <message>
        <source>replica %1 is not in sync</source>
        <translation>Replikat %1 ist nicht synchron</translation>
    </message>
    <message>
        <source>Brokers holding a copy of this partition; the first is the preferred leader.</source>
        <translation>Broker mit einer Kopie dieser Partition; der erste ist der bevorzugte Leader.</translation>
    </message>
    <message>
        <source>In-sync replicas: copies that have caught up with the leader and can take over if it fails.</source>
        <translation>In-Sync-Replikate: Kopien, die zum Leader aufgeschlossen haben und übernehmen können, wenn er ausfällt.</translation>
    </message>
    <message>
        <source>The oldest offset still stored; older records were deleted by retention or a purge.</source>
        <translation>Der älteste noch gespeicherte Offset; ältere Records wurden durch Retention oder ein Leeren gelöscht.</translation>
    </message>
    <message>
        <source>The offset after the last record copied to every in-sync replica; consumers read up to here.</source>
        <translation>Der Offset nach dem letzten Record, der auf jedes In-Sync-Replikat kopiert wurde; Consumer lesen bis hierher.</translation>
    </message>
    <message>
        <source>Records between the log start offset and the high watermark (with compaction or transactions, fewer may actually be stored).</source>
        <translation>Records zwischen Log-Start-Offset und High Watermark (mit Compaction oder Transaktionen sind womöglich weniger gespeichert).</translation>
    </message>
    <message>
        <source>No broker reported the size of this partition&apos;s log.</source>
        <translation>Kein Broker hat die Größe des Logs dieser Partition gemeldet.</translation>
    </message>
    <message>
        <source>Bytes on disk of the leader&apos;s copy of the log.</source>
        <translation>Bytes auf der Festplatte für die Kopie des Logs beim Leader.</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>In sync</source>
        <extracomment>Column header: in-sync replicas (ISR).</extracomment>
        <translation>In-Sync</translation>
    </message>
    <message>
        <source>Log start</source>
        <translation>Log-Start</translation>
    </message>
    <message>
        <source>High watermark</source>
        <translation>High Watermark</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>In-sync replicas (ISR): the copies that have caught up with the leader.</source>
        <translation>In-Sync-Replikate (ISR): die Kopien, die zum Leader aufgeschlossen haben.</translation>
    </message>
</context>
<context>
    <name>samsa::ui::PayloadView</name>
    <message>
        <source>it is null, so there are no bytes to save</source>
        <translation>Er ist null, es gibt also keine Bytes zu speichern</translation>
    </message>
    <message>
        <source>Could not save the %1 to %2: %3</source>
        <extracomment>%1 is &quot;key&quot;, &quot;value&quot; or &quot;header value&quot;, %2 a file path, %3 the system&apos;s reason.</extracomment>
        <translation>%1 konnte nicht nach %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <source>Save the %1</source>
        <extracomment>Title of the save dialog; %1 is &quot;key&quot;, &quot;value&quot; or &quot;header value&quot;.</extracomment>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 nach %2 gespeichert.</translation>
    </message>
    <message>
        <source>Show all</source>
        <extracomment>Render the whole of a large key or value, not only its start.</extracomment>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Render the whole payload; a very large one takes a moment</source>
        <translation>Den ganzen Inhalt darstellen; ein sehr großer braucht einen Moment</translation>
    </message>
    <message>
        <source>Vie&amp;w as:</source>
        <extracomment>Label of the choice of how to show a key or value (text, JSON, hex…).</extracomment>
        <translation>&amp;Anzeigen als:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <extracomment>Hexadecimal dump of the bytes.</extracomment>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Auto picks the view from the content: JSON when it parses, text when it is UTF-8, hex otherwise</source>
        <translation>„Automatisch“ wählt die Ansicht nach dem Inhalt: JSON, wenn er sich parsen lässt, Text, wenn er UTF-8 ist, sonst Hex</translation>
    </message>
    <message>
        <source>Formatted</source>
        <extracomment>A choice of how to show JSON: indented text (versus a tree).</extracomment>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>The JSON indented, with colours</source>
        <translation>Das JSON eingerückt und farbig</translation>
    </message>
    <message>
        <source>Tree</source>
        <extracomment>A choice of how to show JSON: a foldable tree (versus indented text).</extracomment>
        <translation>Baum</translation>
    </message>
    <message>
        <source>The JSON as a tree whose objects and arrays fold</source>
        <translation>Das JSON als Baum, dessen Objekte und Arrays sich einklappen lassen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy as Shown</source>
        <translation>Wie angezeigt kopieren</translation>
    </message>
    <message>
        <source>The whole payload in the current view&apos;s form</source>
        <translation>Der ganze Inhalt in der Form der aktuellen Ansicht</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>The bytes as UTF-8 text; the raw bytes go along for applications that take them</source>
        <translation>Die Bytes als UTF-8-Text; die rohen Bytes gehen für Anwendungen mit, die sie annehmen</translation>
    </message>
    <message>
        <source>Copy as Base64</source>
        <translation>Als Base64 kopieren</translation>
    </message>
    <message>
        <source>Copy as Hex String</source>
        <extracomment>Copy the bytes as one string of hexadecimal digits.</extracomment>
        <translation>Als Hex-String kopieren</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save the exact bytes to a file</source>
        <translation>Die Bytes unverändert in eine Datei speichern</translation>
    </message>
    <message>
        <source>Copy Lines</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>%1 as text</source>
        <extracomment>Accessible names; %1 is &quot;key&quot;, &quot;value&quot; or &quot;header value&quot;.</extracomment>
        <translation>%1 als Text</translation>
    </message>
    <message>
        <source>%1 as formatted JSON</source>
        <translation>%1 als formatiertes JSON</translation>
    </message>
    <message>
        <source>%1 as a JSON tree</source>
        <translation>%1 als JSON-Baum</translation>
    </message>
    <message>
        <source>%1 as hex</source>
        <translation>%1 als Hex</translation>
    </message>
    <message>
        <source>How to show the %1</source>
        <translation>Wie %1 angezeigt wird</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>detected format, size</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <extracomment>The automatic view choice, followed by what it chose, e.g. &quot;Auto (JSON)&quot;.</extracomment>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2. The hex view always shows all of it.</source>
        <extracomment>%1 and %2 are sizes, such as &quot;64.0 KiB&quot; and &quot;1.0 MiB&quot;.</extracomment>
        <translation>Die ersten %1 von %2 werden angezeigt. Die Hex-Ansicht zeigt immer alles.</translation>
    </message>
    <message>
        <source>This %1 is not JSON: %2 at byte %3.
Choose Text or Hex to see it as it is.</source>
        <extracomment>%1 is &quot;key&quot; or &quot;value&quot;; %2 says what is wrong, %3 is a byte position.</extracomment>
        <translation>Dieser %1 ist kein JSON: %2 bei Byte %3.
Wählen Sie Text oder Hex, um ihn unverändert zu sehen.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>header value</source>
        <translation>Header-Wert</translation>
    </message>
    <message>
        <source>No key (null). The producer sent this record without a key, so its partition was chosen without one.</source>
        <translation>Kein Key (null). Der Producer hat diesen Record ohne Key gesendet, seine Partition wurde also ohne einen gewählt.</translation>
    </message>
    <message>
        <source>The key is empty: present, but zero bytes long. Unlike a null key, it is hashed like any other key to choose the partition.</source>
        <translation>Der Key ist leer: vorhanden, aber null Bytes lang. Anders als ein null-Key wird er wie jeder andere Key zur Wahl der Partition gehasht.</translation>
    </message>
    <message>
        <source>No value (null): this record is a tombstone. On a compacted topic it deletes the earlier records with the same key.</source>
        <translation>Kein Wert (null): Dieser Record ist ein Tombstone. Auf einem kompaktierten Topic löscht er die früheren Records mit demselben Key.</translation>
    </message>
    <message>
        <source>The value is empty: present, but zero bytes long. Unlike a null value, it is not a tombstone.</source>
        <translation>Der Wert ist leer: vorhanden, aber null Bytes lang. Anders als ein null-Wert ist er kein Tombstone.</translation>
    </message>
    <message>
        <source>This header has no value (null).</source>
        <translation>Dieser Header hat keinen Wert (null).</translation>
    </message>
    <message>
        <source>This header&apos;s value is empty: present, but zero bytes long.</source>
        <translation>Der Wert dieses Headers ist leer: vorhanden, aber null Bytes lang.</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ProduceDialog</name>
    <message>
        <source>Produce Records</source>
        <translation>Records produzieren</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>&amp;Produce</source>
        <translation>&amp;Produzieren</translation>
    </message>
    <message>
        <source>No key (null)</source>
        <translation>Kein Key (null)</translation>
    </message>
    <message>
        <source>Records with the same key go to the same partition (with the key hash partitioner) and are kept in order there. Compacted topics keep the latest value per key.</source>
        <translation>Records mit demselben Key landen in derselben Partition (mit dem Key-Hash-Partitioner) und behalten dort ihre Reihenfolge. Kompaktierte Topics behalten den neuesten Wert je Key.</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>How many records to send from this template; each gets its own {{i}}, {{uuid}} and so on.</source>
        <translation>Wie viele Records aus dieser Vorlage gesendet werden; jeder bekommt sein eigenes {{i}}, {{uuid}} usw.</translation>
    </message>
    <message>
        <source>&amp;Fill in placeholders</source>
        <translation>Platzhalter &amp;ausfüllen</translation>
    </message>
    <message>
        <source>Turn off to send text containing {{…}} as it is.</source>
        <translation>Ausschalten, um Text mit {{…}} unverändert zu senden.</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&quot;0&quot; cellpadding=&quot;1&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;{{i}}&lt;/tt&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;record number, from 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;{{uuid}}&lt;/tt&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;random UUID&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;{{now}}&lt;/tt&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;time of sending, ms since 1970&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;{{nowIso}}&lt;/tt&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;the same in ISO 8601&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;{{random}}&lt;/tt&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;random number&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&quot;0&quot; cellpadding=&quot;1&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;{{i}}&lt;/tt&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;Nummer des Records, ab 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;{{uuid}}&lt;/tt&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;zufällige UUID&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;{{now}}&lt;/tt&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;Sendezeit, ms seit 1970&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;{{nowIso}}&lt;/tt&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;dasselbe in ISO 8601&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;{{random}}&lt;/tt&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;Zufallszahl&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Placeholders are filled in per record in the key, the value and header values. {{uuid}} and {{random}} have one value per record, so a key and a value can share an id.</source>
        <translation>Platzhalter werden je Record in Key, Wert und Header-Werten ausgefüllt. {{uuid}} und {{random}} haben einen Wert pro Record, damit Key und Wert eine ID teilen können.</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Records to send:</source>
        <translation>Zu sendende &amp;Records:</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop after the batch on its way; what was written stays written.</source>
        <translation>Nach dem laufenden Batch anhalten; was geschrieben wurde, bleibt geschrieben.</translation>
    </message>
    <message>
        <source>Sent records appear here with the partition and offset they were written to. Fill in the fields above and press Produce (Ctrl+Return).</source>
        <translation>Gesendete Records erscheinen hier mit der Partition und dem Offset, an die sie geschrieben wurden. Füllen Sie die Felder oben aus und drücken Sie „Produzieren“ (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>The file is still being read.</source>
        <translation>Die Datei wird noch gelesen.</translation>
    </message>
    <message>
        <source>Header &quot;%1&quot;: %2</source>
        <extracomment>%1 is the header&apos;s key, %2 what is wrong with its value</extracomment>
        <translation>Header „%1“: %2</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>The cluster refused the records: %1</source>
        <extracomment>%1 is why the records were refused</extracomment>
        <translation>Der Cluster hat die Records abgelehnt: %1</translation>
    </message>
    <message>
        <source>The table lists the first %1.</source>
        <translation>Die Tabelle zeigt die ersten %1.</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Abgebrochen, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ProduceResultsModel</name>
    <message>
        <source>(null)</source>
        <extracomment>shown for a record without a key</extracomment>
        <translation>(null)</translation>
    </message>
    <message>
        <source>(%1 of binary)</source>
        <extracomment>a key that is not text; %1 is its size</extracomment>
        <translation>(%1 binär)</translation>
    </message>
    <message>
        <source>Written</source>
        <extracomment>the record was written</extracomment>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>With acks=0 the broker does not say where a record was written.</source>
        <translation>Mit acks=0 sagt der Broker nicht, wohin ein Record geschrieben wurde.</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>column of the record&apos;s number in the run</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The record&apos;s number in this run, from 0; {{i}} in templates.</source>
        <translation>Die Nummer des Records in diesem Lauf, ab 0; {{i}} in Vorlagen.</translation>
    </message>
    <message>
        <source>The partition the record was written to.</source>
        <translation>Die Partition, in die der Record geschrieben wurde.</translation>
    </message>
    <message>
        <source>The record&apos;s position in its partition.</source>
        <translation>Die Position des Records in seiner Partition.</translation>
    </message>
    <message>
        <source>The record key, after placeholders were filled in.</source>
        <translation>Der Key des Records, nachdem die Platzhalter ausgefüllt wurden.</translation>
    </message>
    <message>
        <source>Written, or the broker&apos;s reason for refusing the record.</source>
        <translation>Geschrieben, oder der Grund des Brokers für die Ablehnung.</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ProfileDialog</name>
    <message>
        <source>Edit cluster “%1”</source>
        <translation>Cluster „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add cluster</source>
        <translation>Cluster hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>kafka1.example.com:9092, kafka2.example.com:9092</source>
        <translation>kafka1.example.com:9092, kafka2.example.com:9092</translation>
    </message>
    <message>
        <source>One or more brokers to start from, as host:port separated by commas. The client learns the rest of the cluster from them.</source>
        <translation>Ein oder mehrere Broker als Ausgangspunkt, als host:port durch Kommas getrennt. Den Rest des Clusters erfährt der Client von ihnen.</translation>
    </message>
    <message>
        <source>No encryption, no authentication.</source>
        <translation>Keine Verschlüsselung, keine Authentifizierung.</translation>
    </message>
    <message>
        <source>Encrypted with TLS; optionally a client certificate (mutual TLS).</source>
        <translation>Mit TLS verschlüsselt; optional ein Client-Zertifikat (gegenseitiges TLS).</translation>
    </message>
    <message>
        <source>User name and password, without encryption.</source>
        <translation>Benutzername und Passwort, ohne Verschlüsselung.</translation>
    </message>
    <message>
        <source>User name and password over a TLS-encrypted connection.</source>
        <translation>Benutzername und Passwort über eine TLS-verschlüsselte Verbindung.</translation>
    </message>
    <message>
        <source>Kafka&apos;s security.protocol: how the connection is encrypted and authenticated. It must match the broker&apos;s listener.</source>
        <translation>Kafkas security.protocol: wie die Verbindung verschlüsselt und authentifiziert wird. Es muss zum Listener des Brokers passen.</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Bootstrap servers:</source>
        <translation>&amp;Bootstrap-Server:</translation>
    </message>
    <message>
        <source>&amp;Security protocol:</source>
        <translation>&amp;Sicherheitsprotokoll:</translation>
    </message>
    <message>
        <source>SASL authentication</source>
        <translation>SASL-Authentifizierung</translation>
    </message>
    <message>
        <source>Kafka&apos;s sasl.mechanism; the broker must have it enabled. PLAIN sends the password as is, so use it only with SASL_SSL.</source>
        <translation>Kafkas sasl.mechanism; der Broker muss ihn aktiviert haben. PLAIN sendet das Passwort unverändert, verwenden Sie es also nur mit SASL_SSL.</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Mechanismus:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key)</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>CA-Zertifikat wählen</translation>
    </message>
    <message>
        <source>the system&apos;s trusted authorities</source>
        <translation>die vertrauenswürdigen Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>The certificate authority that signed the brokers&apos; certificates (ssl.truststore). Leave empty to trust the system&apos;s authorities.</source>
        <translation>Die Zertifizierungsstelle, die die Zertifikate der Broker signiert hat (ssl.truststore). Leer lassen, um den Zertifizierungsstellen des Systems zu vertrauen.</translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation>Client-Zertifikat wählen</translation>
    </message>
    <message>
        <source>none (only for mutual TLS)</source>
        <translation>keines (nur für gegenseitiges TLS)</translation>
    </message>
    <message>
        <source>Choose the client key</source>
        <translation>Client-Schlüssel wählen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Key pass&amp;phrase:</source>
        <translation>Schlüssel-&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connect with these settings, without saving them, and show each step.</source>
        <translation>Mit diesen Einstellungen verbinden, ohne sie zu speichern, und jeden Schritt anzeigen.</translation>
    </message>
    <message>
        <source>Only for SASL_PLAINTEXT and SASL_SSL.</source>
        <translation>Nur für SASL_PLAINTEXT und SASL_SSL.</translation>
    </message>
    <message>
        <source>Only for SSL and SASL_SSL.</source>
        <translation>Nur für SSL und SASL_SSL.</translation>
    </message>
    <message>
        <source>With SASL_SSL the client key must not be encrypted.</source>
        <translation>Mit SASL_SSL darf der Client-Schlüssel nicht verschlüsselt sein.</translation>
    </message>
    <message>
        <source>Only if the client key is encrypted.</source>
        <translation>Nur wenn der Client-Schlüssel verschlüsselt ist.</translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Remember key passphrase in the system keychain</source>
        <translation>Schlüssel-Passphrase im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>No system keychain is available, so Samsa asks for the password each time it connects and never writes it to disk.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar; Samsa fragt daher bei jeder Verbindung nach dem Passwort und schreibt es nie auf die Festplatte.</translation>
    </message>
    <message>
        <source>Passwords are kept in the system keychain, never in Samsa&apos;s own files.</source>
        <translation>Passwörter liegen im Schlüsselbund des Systems, nie in Samsas eigenen Dateien.</translation>
    </message>
    <message>
        <source>SASL needs a user name.</source>
        <translation>SASL braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>A client certificate needs its private key.</source>
        <translation>Ein Client-Zertifikat braucht seinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>A client key needs its certificate.</source>
        <translation>Ein Client-Schlüssel braucht sein Zertifikat.</translation>
    </message>
    <message>
        <source>stored in keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>The keychain did not give the stored password: %1</source>
        <translation>Der Schlüsselbund hat das gespeicherte Passwort nicht herausgegeben: %1</translation>
    </message>
    <message>
        <source>The profile store is not open.</source>
        <translation>Der Profilspeicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The cluster could not be saved: %1</source>
        <translation>Der Cluster konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The cluster was saved, but the keychain did not store the password: %1
Save again to retry, or untick “Remember password” to be asked each time.</source>
        <translation>Der Cluster wurde gespeichert, aber der Schlüsselbund hat das Passwort nicht gespeichert: %1
Speichern Sie erneut, oder entfernen Sie das Häkchen bei „Passwort merken“, um jedes Mal gefragt zu werden.</translation>
    </message>
    <message>
        <source>Saving the password in the keychain…</source>
        <translation>Das Passwort wird im Schlüsselbund gespeichert…</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ProfileValidation</name>
    <message>
        <source>“%1”: an IPv6 address needs its closing “]”, as in [::1]:9092.</source>
        <extracomment>%1 is an IPv6 bootstrap server such as &quot;[::1:9092&quot;.</extracomment>
        <translation>„%1“: Eine IPv6-Adresse braucht ihre schließende „]“, wie in [::1]:9092.</translation>
    </message>
    <message>
        <source>“%1” needs a port, as in %1:9092.</source>
        <extracomment>%1 is a bootstrap server without a port, such as &quot;kafka1&quot;.</extracomment>
        <translation>„%1“ braucht einen Port, wie in %1:9092.</translation>
    </message>
    <message>
        <source>“%1” needs a host name before the port.</source>
        <translation>„%1“ braucht vor dem Port einen Hostnamen.</translation>
    </message>
    <message>
        <source>“%1”: the port must be a number from 1 to 65535.</source>
        <translation>„%1“: Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>The cluster needs a name.</source>
        <translation>Der Cluster braucht einen Namen.</translation>
    </message>
    <message>
        <source>Another cluster already has this name.</source>
        <translation>Ein anderer Cluster hat bereits diesen Namen.</translation>
    </message>
    <message>
        <source>Enter at least one bootstrap server, as host:port.</source>
        <translation>Geben Sie mindestens einen Bootstrap-Server als host:port an.</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>Diese Datei existiert nicht.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Das ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>This file cannot be read (check its permissions).</source>
        <translation>Diese Datei kann nicht gelesen werden (prüfen Sie die Berechtigungen).</translation>
    </message>
</context>
<context>
    <name>samsa::ui::RebalanceDetails</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <source>stopped by the lab: it committed and left the group</source>
        <translation>vom Labor gestoppt: Es hat committet und die Gruppe verlassen</translation>
    </message>
    <message>
        <source> (session.timeout.ms = %1)</source>
        <translation> (session.timeout.ms = %1)</translation>
    </message>
    <message>
        <source>left the group (a LeaveGroup, or its session timed out)</source>
        <translation>hat die Gruppe verlassen (ein LeaveGroup, oder seine Session ist abgelaufen)</translation>
    </message>
    <message>
        <source>killed by the lab at %1 without leaving; the coordinator removed it when its session timed out, %2 later, so its partitions went unread for %3</source>
        <translation>vom Labor um %1 ohne Abmeldung beendet; der Coordinator entfernte es %2 später nach Ablauf der Session, daher blieben seine Partitionen %3 ungelesen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a generation on the timeline (click, or Left and Right) to see what its rebalance changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Generation auf der Zeitleiste (Klick oder Pfeiltasten links/rechts), um zu sehen, was ihr Rebalance geändert hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(number not known)</source>
        <translation>(Nummer unbekannt)</translation>
    </message>
    <message>
        <source>Generation %1</source>
        <translation>Generation %1</translation>
    </message>
    <message>
        <source>Stable from %1 to %2 (%3).</source>
        <translation>Stabil von %1 bis %2 (%3).</translation>
    </message>
    <message>
        <source>Stable since %1: the current generation.</source>
        <translation>Stabil seit %1: die aktuelle Generation.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The group did not consume for %1 to %2&lt;/b&gt;: the rebalance began between %3 (the last sample with the group settled) and %4 (the first that saw it rebalancing); the group was stable again at %5.</source>
        <translation>&lt;b&gt;Die Gruppe hat %1 bis %2 lang nicht konsumiert&lt;/b&gt;: Der Rebalance begann zwischen %3 (der letzten Stichprobe mit stabiler Gruppe) und %4 (der ersten, die ihn sah); die Gruppe war um %5 wieder stabil.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The group did not consume for %1&lt;/b&gt;: the rebalance began at %2 and the group was stable again at %3.</source>
        <translation>&lt;b&gt;Die Gruppe hat %1 lang nicht konsumiert&lt;/b&gt;: Der Rebalance begann um %2, die Gruppe war um %3 wieder stabil.</translation>
    </message>
    <message>
        <source>The rebalance happened between two samples: the group did not consume for at most %1.</source>
        <translation>Der Rebalance fand zwischen zwei Stichproben statt: Die Gruppe hat höchstens %1 lang nicht konsumiert.</translation>
    </message>
    <message>
        <source>This generation began before the monitor watched the group.</source>
        <translation>Diese Generation begann, bevor der Monitor die Gruppe beobachtet hat.</translation>
    </message>
    <message>
        <source>Protocol %1, assignor &lt;b&gt;%2&lt;/b&gt;%3.</source>
        <translation>Protokoll %1, Assignor &lt;b&gt;%2&lt;/b&gt;%3.</translation>
    </message>
    <message>
        <source>, leader %1</source>
        <translation>, Leader %1</translation>
    </message>
    <message>
        <source>Seen by the monitor and recorded by the coordinator in __consumer_offsets.</source>
        <translation>Vom Monitor beobachtet und vom Coordinator in __consumer_offsets festgehalten.</translation>
    </message>
    <message>
        <source>Read from the coordinator&apos;s record in __consumer_offsets.</source>
        <translation>Gelesen aus dem Eintrag des Coordinators in __consumer_offsets.</translation>
    </message>
    <message>
        <source>Seen by the monitor polling the group.</source>
        <translation>Vom Monitor beim Abfragen der Gruppe beobachtet.</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 ist beigetreten</translation>
    </message>
    <message>
        <source>%1 came back under a new member id (static membership)</source>
        <translation>%1 kam mit einer neuen Member-ID zurück (statische Mitgliedschaft)</translation>
    </message>
    <message>
        <source>the assignor changed from %1 to %2</source>
        <translation>Der Assignor wechselte von %1 zu %2</translation>
    </message>
    <message>
        <source>the same members joined again</source>
        <translation>Dieselben Mitglieder sind erneut beigetreten</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message numerus="yes">
        <source>No partition changed hands (%n kept its owner).</source>
        <translation>
            <numerusform>Keine Partition hat den Besitzer gewechselt (%n behielt ihren Besitzer).</numerusform>
            <numerusform>Keine Partition hat den Besitzer gewechselt (%n behielten ihren Besitzer).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) moved</source>
        <translation>
            <numerusform>%n Partition verschoben</numerusform>
            <numerusform>%n Partitionen verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n kept their owner)</source>
        <translation>
            <numerusform>(%n behielt ihren Besitzer)</numerusform>
            <numerusform>(%n behielten ihren Besitzer)</numerusform>
        </translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>&lt;i&gt;nobody&lt;/i&gt;</source>
        <translation>&lt;i&gt;niemand&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Members of this generation</source>
        <translation>Mitglieder dieser Generation</translation>
    </message>
    <message>
        <source>None: the group was empty and only kept its offsets.</source>
        <translation>Keine: Die Gruppe war leer und hat nur ihre Offsets behalten.</translation>
    </message>
    <message>
        <source>nothing assigned</source>
        <translation>nichts zugewiesen</translation>
    </message>
</context>
<context>
    <name>samsa::ui::RebalanceTimeline</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>gen %1</source>
        <translation>Gen. %1</translation>
    </message>
    <message>
        <source>gen ?</source>
        <translation>Gen. ?</translation>
    </message>
    <message>
        <source>empty</source>
        <extracomment>A generation of a group with no members.</extracomment>
        <translation>leer</translation>
    </message>
    <message>
        <source>nothing assigned</source>
        <translation>nichts zugewiesen</translation>
    </message>
    <message>
        <source>paused %1</source>
        <extracomment>Under a rebalance: how long the group stopped consuming.</extracomment>
        <translation>pausiert %1</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>No generation recorded in this range. Rebalances appear here as the monitor sees them, and from __consumer_offsets where it can be read.</source>
        <translation>In diesem Bereich wurde keine Generation aufgezeichnet. Rebalances erscheinen hier, sobald der Monitor sie sieht, und aus __consumer_offsets, wo es sich lesen lässt.</translation>
    </message>
    <message>
        <source>Rebalance between two samples: stable again at %1, at most %2 after the previous sample</source>
        <translation>Rebalance zwischen zwei Stichproben: wieder stabil um %1, höchstens %2 nach der vorigen Stichprobe</translation>
    </message>
    <message>
        <source>%1 in generation %2: %3</source>
        <translation>%1 in Generation %2: %3</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A duration between two bounds, e.g. &quot;0.1–0.6 s&quot;.</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>Marks the present moment on the rebalance timeline.</extracomment>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Rebalance: the group did not consume for %1 (seen rebalancing at %2, stable at %3)</source>
        <translation>Rebalance: Die Gruppe hat %1 lang nicht konsumiert (Rebalance gesehen um %2, stabil um %3)</translation>
    </message>
</context>
<context>
    <name>samsa::ui::RebalancesPanel</name>
    <message>
        <source>Show the last</source>
        <translation>Zeige die letzten</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>Lanes are members. Red: rebalances, when the group did not consume; hatched: a dead member still holding partitions; triangles: lab actions. Drag or scroll to move in time.</source>
        <translation>Bahnen sind Mitglieder. Rot: Rebalances, in denen die Gruppe nicht konsumierte; schraffiert: ein toter Consumer, der noch Partitionen hält; Dreiecke: Aktionen des Labors. Ziehen oder scrollen, um in der Zeit zu wandern.</translation>
    </message>
</context>
<context>
    <name>samsa::ui::RecordDetailView</name>
    <message>
        <source>Select a message to see its key, value and headers.</source>
        <translation>Wählen Sie eine Nachricht, um Key, Wert und Header zu sehen.</translation>
    </message>
    <message>
        <source>This record belongs to a transaction that was aborted: consumers reading committed data only never see it.</source>
        <translation>Dieser Record gehört zu einer abgebrochenen Transaktion: Consumer, die nur committete Daten lesen, sehen ihn nie.</translation>
    </message>
    <message>
        <source>This is a control record, a transaction marker the broker wrote; it holds no application data.</source>
        <translation>Dies ist ein Control-Record, ein vom Broker geschriebener Transaktionsmarker; er enthält keine Anwendungsdaten.</translation>
    </message>
    <message>
        <source>This record is a tombstone: it has no value. On a compacted topic it deletes the key&apos;s earlier records.</source>
        <translation>Dieser Record ist ein Tombstone: Er hat keinen Wert. Auf einem kompaktierten Topic löscht er die früheren Records des Keys.</translation>
    </message>
    <message>
        <source>This record has no headers. Producers add headers for metadata such as trace ids or content types.</source>
        <translation>Dieser Record hat keine Header. Producer fügen Header für Metadaten wie Trace-IDs oder Content-Types hinzu.</translation>
    </message>
    <message>
        <source>Select a header to see its value.</source>
        <translation>Wählen Sie einen Header, um seinen Wert zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Key</translation>
    </message>
    <message>
        <source>&amp;Headers (%1)</source>
        <extracomment>Tab title; %1 is the number of headers.</extracomment>
        <translation>&amp;Header (%1)</translation>
    </message>
    <message>
        <source>Key-value pairs the producer attached to the record, in the order it added them</source>
        <translation>Key/Wert-Paare, die der Producer dem Record mitgegeben hat, in der Reihenfolge des Hinzufügens</translation>
    </message>
</context>
<context>
    <name>samsa::ui::RecordSummary</name>
    <message>
        <source>none</source>
        <comment>compression</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>The offset is the record&apos;s position in its partition; it never changes, and later records have larger offsets.</source>
        <translation>Der Offset ist die Position des Records in seiner Partition; er ändert sich nie, und spätere Records haben größere Offsets.</translation>
    </message>
    <message>
        <source>tombstone</source>
        <extracomment>Badge: the record has a key and no value.</extracomment>
        <translation>Tombstone</translation>
    </message>
    <message>
        <source>A tombstone has a key and no value (null). On a compacted topic it tells the log cleaner to delete the earlier records with the same key; it stays for delete.retention.ms so that consumers see it.</source>
        <translation>Ein Tombstone hat einen Key und keinen Wert (null). Auf einem kompaktierten Topic weist er den Log Cleaner an, die früheren Records mit demselben Key zu löschen; er bleibt delete.retention.ms lang erhalten, damit Consumer ihn sehen.</translation>
    </message>
    <message>
        <source>transactional</source>
        <extracomment>Badge: written inside a Kafka transaction.</extracomment>
        <translation>transaktional</translation>
    </message>
    <message>
        <source>Written by a transactional producer as part of a transaction. Consumers with isolation.level=read_committed see it only once the transaction commits.</source>
        <translation>Von einem transaktionalen Producer als Teil einer Transaktion geschrieben. Consumer mit isolation.level=read_committed sehen ihn erst, wenn die Transaktion committet ist.</translation>
    </message>
    <message>
        <source>control record</source>
        <extracomment>Badge: a control record (transaction marker), not application data.</extracomment>
        <translation>Control-Record</translation>
    </message>
    <message>
        <source>A control record is a marker the broker writes to end a transaction (COMMIT or ABORT). Consumers never receive it; it is not application data.</source>
        <translation>Ein Control-Record ist ein Marker, den der Broker schreibt, um eine Transaktion zu beenden (COMMIT oder ABORT). Consumer erhalten ihn nie; er ist keine Anwendungsdaten.</translation>
    </message>
    <message>
        <source>aborted</source>
        <extracomment>Badge: part of a transaction that was rolled back.</extracomment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Part of a transaction that was aborted. Consumers with isolation.level=read_committed skip it; read_uncommitted ones see it.</source>
        <translation>Teil einer abgebrochenen Transaktion. Consumer mit isolation.level=read_committed überspringen ihn; solche mit read_uncommitted sehen ihn.</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>CreateTime: set by the producer when it created the record. LogAppendTime: set by the broker when it stored the record (the topic&apos;s message.timestamp.type). The number is milliseconds since 1970-01-01 UTC.</source>
        <translation>CreateTime: vom Producer beim Erzeugen des Records gesetzt. LogAppendTime: vom Broker beim Speichern gesetzt (message.timestamp.type des Topics). Die Zahl sind Millisekunden seit 1970-01-01 UTC.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Records with the same key go to the same partition, and compaction keeps the latest record of each key.</source>
        <translation>Records mit demselben Key landen in derselben Partition, und Compaction behält den neuesten Record je Key.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>The uncompressed sizes of the key, the value and the headers</source>
        <translation>Die unkomprimierten Größen von Key, Wert und Headern</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Kompression</translation>
    </message>
    <message>
        <source>Producers compress whole batches of records; the broker keeps the batch as it came unless the topic&apos;s compression.type asks for another codec.</source>
        <translation>Producer komprimieren ganze Batches von Records; der Broker behält den Batch so, wie er kam, sofern compression.type des Topics keinen anderen Codec verlangt.</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>The producer id is given by the broker to an idempotent or transactional producer. The epoch grows each time a producer with the same transactional.id starts, so the broker can reject an older instance still writing (fencing). The sequence numbers the batches of a producer, so the broker drops a batch sent twice on a retry.</source>
        <translation>Die Producer-ID vergibt der Broker an einen idempotenten oder transaktionalen Producer. Die Epoch wächst bei jedem Start eines Producers mit derselben transactional.id, damit der Broker eine ältere, noch schreibende Instanz abweisen kann (Fencing). Die Sequenz nummeriert die Batches eines Producers, damit der Broker einen bei einem Retry doppelt gesendeten Batch verwirft.</translation>
    </message>
    <message>
        <source>%1 · partition %2 · offset %3</source>
        <extracomment>Where a record is: topic name, partition number, offset.</extracomment>
        <translation>%1 · Partition %2 · Offset %3</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>The record carries no timestamp (written by a very old client).</extracomment>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 · epoch %2 ms · %3</source>
        <extracomment>%1 local date and time, %2 milliseconds since 1970-01-01 UTC, %3 CreateTime or LogAppendTime (Kafka&apos;s names, not translated).</extracomment>
        <translation>%1 · Unix-Zeit %2 ms · %3</translation>
    </message>
    <message>
        <source>%1 marker (a control record&apos;s key names what it does)</source>
        <extracomment>%1 is COMMIT or ABORT.</extracomment>
        <translation>%1-Marker (der Key eines Control-Records nennt, was er tut)</translation>
    </message>
    <message>
        <source>null (no key)</source>
        <translation>null (kein Key)</translation>
    </message>
    <message>
        <source>empty (zero bytes)</source>
        <translation>leer (null Bytes)</translation>
    </message>
    <message>
        <source>null</source>
        <extracomment>The size of a key or value that is null (absent).</extracomment>
        <translation>null</translation>
    </message>
    <message>
        <source>no headers</source>
        <translation>keine Header</translation>
    </message>
    <message numerus="yes">
        <source>%n header(s), %1</source>
        <extracomment>%1 is the total size of the headers, such as &quot;96 bytes&quot;.</extracomment>
        <translation>
            <numerusform>%n Header, %1</numerusform>
            <numerusform>%n Header, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>key %1 · value %2 · %3</source>
        <extracomment>Sizes of the parts of a record; %3 is, e.g., &quot;2 headers, 96 bytes&quot;.</extracomment>
        <translation>Key %1 · Wert %2 · %3</translation>
    </message>
    <message>
        <source>none (neither idempotent nor transactional)</source>
        <translation>keiner (weder idempotent noch transaktional)</translation>
    </message>
    <message>
        <source>id %1 · epoch %2 · sequence %3</source>
        <translation>ID %1 · Epoch %2 · Sequenz %3</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ResetOffsetsDialog</name>
    <message>
        <source>Reset offsets of %1</source>
        <translation>Offsets von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Which partitions</source>
        <translation>Welche Partitionen</translation>
    </message>
    <message>
        <source>Every partition the group has committed or is assigned</source>
        <translation>Jede Partition, die die Gruppe committet hat oder die ihr zugewiesen ist</translation>
    </message>
    <message>
        <source>Every partition of topic</source>
        <translation>Jede Partition des Topics</translation>
    </message>
    <message>
        <source>These partitions:</source>
        <translation>Diese Partitionen:</translation>
    </message>
    <message>
        <source>Move the committed offsets to</source>
        <translation>Die committeten Offsets verschieben auf</translation>
    </message>
    <message>
        <source>The earliest offset (read everything still stored again)</source>
        <translation>Den frühesten Offset (alles noch Gespeicherte erneut lesen)</translation>
    </message>
    <message>
        <source>The latest offset (skip everything not yet read)</source>
        <translation>Den neuesten Offset (alles noch nicht Gelesene überspringen)</translation>
    </message>
    <message>
        <source>The first message at or after</source>
        <translation>Die erste Nachricht zu oder nach</translation>
    </message>
    <message>
        <source>A specific offset</source>
        <translation>Einen bestimmten Offset</translation>
    </message>
    <message>
        <source>Shift by</source>
        <translation>Verschieben um</translation>
    </message>
    <message>
        <source>Local time; the message timestamps of each partition decide where it lands</source>
        <translation>Ortszeit; die Zeitstempel der Nachrichten jeder Partition bestimmen, wo sie landet</translation>
    </message>
    <message>
        <source>Negative to read messages again, positive to skip messages</source>
        <translation>Negativ, um Nachrichten erneut zu lesen, positiv, um Nachrichten zu überspringen</translation>
    </message>
    <message>
        <source>Preview (dry run)</source>
        <translation>Vorschau (Probelauf)</translation>
    </message>
    <message>
        <source>Show what would change, without changing anything</source>
        <translation>Zeigen, was sich ändern würde, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>Apply reset</source>
        <translation>Zurücksetzen anwenden</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <extracomment>%1 is what could not be read (&quot;the group&apos;s offsets&quot;), %2 the reason.</extracomment>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Tick at least one partition.</source>
        <translation>Kreuzen Sie mindestens eine Partition an.</translation>
    </message>
    <message>
        <source>Reading the group and its partitions…</source>
        <translation>Die Gruppe und ihre Partitionen werden gelesen…</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>die Gruppe</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>the group&apos;s committed offsets</source>
        <translation>die committeten Offsets der Gruppe</translation>
    </message>
    <message>
        <source>the partitions&apos; offsets</source>
        <translation>die Offsets der Partitionen</translation>
    </message>
    <message>
        <source>the offsets at that time</source>
        <translation>die Offsets zu dieser Zeit</translation>
    </message>
    <message>
        <source>Nothing to reset: the group has no committed offset in this scope.</source>
        <translation>Nichts zurückzusetzen: Die Gruppe hat in diesem Umfang keinen committeten Offset.</translation>
    </message>
    <message numerus="yes">
        <source>The group has %n active member(s), so the reset cannot be applied: Kafka only accepts offsets from outside the group while it is empty. Stop these consumers first: %1.</source>
        <translation>
            <numerusform>Die Gruppe hat %n aktives Mitglied, daher kann nicht zurückgesetzt werden: Kafka nimmt Offsets von außerhalb der Gruppe nur an, solange sie leer ist. Stoppen Sie zuerst diesen Consumer: %1.</numerusform>
            <numerusform>Die Gruppe hat %n aktive Mitglieder, daher kann nicht zurückgesetzt werden: Kafka nimmt Offsets von außerhalb der Gruppe nur an, solange sie leer ist. Stoppen Sie zuerst diese Consumer: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n partition(s) would move; total lag %1 → %2. Nothing has changed yet.</source>
        <translation>
            <numerusform>Probelauf: %n Partition würde sich bewegen; Lag gesamt %1 → %2. Noch wurde nichts geändert.</numerusform>
            <numerusform>Probelauf: %n Partitionen würden sich bewegen; Lag gesamt %1 → %2. Noch wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n partition(s). The group resumes from the new offsets when it next starts.</source>
        <translation>
            <numerusform>%n Partition zurückgesetzt. Die Gruppe setzt beim nächsten Start an den neuen Offsets fort.</numerusform>
            <numerusform>%n Partitionen zurückgesetzt. Die Gruppe setzt beim nächsten Start an den neuen Offsets fort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) could not be reset; see the Result column.</source>
        <translation>
            <numerusform>%n Partition konnte nicht zurückgesetzt werden; siehe die Spalte „Ergebnis“.</numerusform>
            <numerusform>%n Partitionen konnten nicht zurückgesetzt werden; siehe die Spalte „Ergebnis“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsa::ui::ResetPlan</name>
    <message>
        <source>The partition&apos;s offsets could not be read.</source>
        <translation>Die Offsets der Partition konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Nothing committed to shift from: the log end is used.</source>
        <translation>Kein committeter Offset zum Verschieben: Das Log-Ende wird verwendet.</translation>
    </message>
    <message>
        <source>The offset for that time could not be read.</source>
        <translation>Der Offset für diese Zeit konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No message is that recent: the log end is used.</source>
        <translation>Keine Nachricht ist so neu: Das Log-Ende wird verwendet.</translation>
    </message>
    <message>
        <source>Before the log start (%1): moved up to it.</source>
        <translation>Vor dem Log-Start (%1): auf ihn vorgezogen.</translation>
    </message>
    <message>
        <source>Past the log end (%1): moved back to it.</source>
        <translation>Hinter dem Log-Ende (%1): auf es zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ResetPreviewModel</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <extracomment>Lag after a reset and its change, e.g. &quot;120 (+100)&quot;.</extracomment>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>not applied yet</source>
        <translation>noch nicht angewendet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Committed now</source>
        <translation>Jetzt committet</translation>
    </message>
    <message>
        <source>After the reset</source>
        <translation>Nach dem Zurücksetzen</translation>
    </message>
    <message>
        <source>Lag now</source>
        <translation>Lag jetzt</translation>
    </message>
    <message>
        <source>Lag after</source>
        <translation>Lag danach</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>samsa::ui::RunSummary</name>
    <message numerus="yes">
        <source>%n more partition(s)</source>
        <translation>
            <numerusform>%n weitere Partition</numerusform>
            <numerusform>%n weitere Partitionen</numerusform>
        </translation>
    </message>
    <message>
        <source> at offset %1</source>
        <translation> bei Offset %1</translation>
    </message>
    <message>
        <source> at offsets %1–%2</source>
        <extracomment>%1 and %2 are the first and last offset</extracomment>
        <translation> bei Offsets %1–%2</translation>
    </message>
    <message>
        <source>partition %1: %2%3</source>
        <extracomment>%1 is a partition number, %2 a record count, %3 where they are (may be empty)</extracomment>
        <translation>Partition %1: %2%3</translation>
    </message>
    <message>
        <source>Sending… %1 of %2 records</source>
        <extracomment>%1 records handed over so far, %2 all records of the run</extracomment>
        <translation>Senden… %1 von %2 Records</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1 in %2</source>
        <extracomment>%n written records, %1 the topic, %2 the duration (&quot;12 ms&quot;, &quot;1.5 s&quot;)</extracomment>
        <translation>
            <numerusform>%Ln Record in %2 nach %1 geschrieben</numerusform>
            <numerusform>%Ln Records in %2 nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1/s)</source>
        <extracomment>records per second</extracomment>
        <translation> (%1/s)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) failed.</source>
        <translation>
            <numerusform>%Ln Record fehlgeschlagen.</numerusform>
            <numerusform>%Ln Records fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln record(s) were not sent.</source>
        <translation>
            <numerusform>Abgebrochen: %Ln Record wurde nicht gesendet.</numerusform>
            <numerusform>Abgebrochen: %Ln Records wurden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln record(s) were not sent.</source>
        <translation>
            <numerusform>Gestoppt: %Ln Record wurde nicht gesendet.</numerusform>
            <numerusform>Gestoppt: %Ln Records wurden nicht gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsa::ui::ScanStatus</name>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the scan; the matches found so far stay listed (Esc)</source>
        <translation>Die Suche anhalten; die bisher gefundenen Treffer bleiben aufgeführt (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Following new records · %1 read · %2</source>
        <extracomment>%1 records read so far, %2 &quot;N matches&quot;.</extracomment>
        <translation>Neuen Records folgen · %1 gelesen · %2</translation>
    </message>
    <message>
        <source>Scanning… %1 of %2 records · %3 · %4/s</source>
        <extracomment>%1 read so far, %2 of how many, %3 &quot;N matches&quot;, %4 records per second.</extracomment>
        <translation>Suche… %1 von %2 Records · %3 · %4/s</translation>
    </message>
    <message>
        <source>Scan failed after %1 records: %2</source>
        <translation>Suche nach %1 Records fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Stopped after %1 records · %2</source>
        <translation>Nach %1 Records angehalten · %2</translation>
    </message>
    <message>
        <source>Scanned %1 records · %2 · %3 s</source>
        <extracomment>%1 records read, %2 &quot;N matches&quot;, %3 seconds.</extracomment>
        <translation>%1 Records durchsucht · %2 · %3 s</translation>
    </message>
    <message>
        <source>the first %1 are listed; export all matches to get every one</source>
        <translation>die ersten %1 sind aufgeführt; exportieren Sie alle Treffer, um jeden zu erhalten</translation>
    </message>
</context>
<context>
    <name>samsa::ui::Screenshots</name>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>samsa::ui::SecretPrompt</name>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>Key passphrase for %1</source>
        <translation>Schlüssel-Passphrase für %1</translation>
    </message>
    <message>
        <source>Enter the password of &lt;b&gt;%1&lt;/b&gt; for the cluster &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Geben Sie das Passwort von &lt;b&gt;%1&lt;/b&gt; für den Cluster &lt;b&gt;%2&lt;/b&gt; ein.</translation>
    </message>
    <message>
        <source>Enter the passphrase of the client key for the cluster &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Geben Sie die Passphrase des Client-Schlüssels für den Cluster &lt;b&gt;%1&lt;/b&gt; ein.</translation>
    </message>
    <message>
        <source>No system keychain is available, so it is kept only until the app quits.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar; sie wird daher nur bis zum Beenden der App aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>samsa::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <extracomment>%1 is the system&apos;s language, named in itself (&quot;Deutsch&quot;, &quot;简体中文&quot;).</extracomment>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>The language of Samsa&apos;s texts, numbers and dates</source>
        <translation>Die Sprache von Samsas Texten, Zahlen und Datumsangaben</translation>
    </message>
    <message>
        <source>The new language is used after Samsa restarts.</source>
        <translation>Die neue Sprache wird nach einem Neustart von Samsa verwendet.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the refresh interval&apos;s number: seconds.</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>How often the cluster overview reads the cluster again while it is shown. Each read asks the brokers for metadata and log sizes.</source>
        <translation>Wie oft die Cluster-Übersicht den Cluster erneut liest, solange sie angezeigt wird. Jedes Lesen fragt die Broker nach Metadaten und Log-Größen.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Aktualisieren alle:</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by command or key</source>
        <translation>Nach Befehl oder Taste filtern</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>This page</source>
        <translation>Diese Seite</translation>
    </message>
</context>
<context>
    <name>samsa::ui::TopicConfigEditor</name>
    <message>
        <source>Topic configs not covered by the fields above. Unknown names and invalid values are flagged on their row.</source>
        <translation>Topic-Einstellungen, die die Felder oben nicht abdecken. Unbekannte Namen und ungültige Werte werden in ihrer Zeile markiert.</translation>
    </message>
    <message>
        <source>Add config</source>
        <translation>Einstellung hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>samsa::ui::TopicConfigFields</name>
    <message>
        <source>unlimited</source>
        <extracomment>Retention size unit meaning no size limit (retention.bytes = -1).</extracomment>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <extracomment>Shown in a field left empty, so the cluster&apos;s setting applies; %1 is Kafka&apos;s default.
----------
First entry of a list: send nothing and keep the cluster&apos;s setting.</extracomment>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>forever</source>
        <extracomment>Retention time unit meaning data is never deleted by age (retention.ms = -1).</extracomment>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>retention.ms: how long a message is kept before its segment may be deleted.
%1</source>
        <translation>retention.ms: wie lange eine Nachricht aufbewahrt wird, bevor ihr Segment gelöscht werden darf.
%1</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>retention.bytes: the most each partition keeps before its oldest segments are deleted.
%1</source>
        <translation>retention.bytes: wie viel jede Partition höchstens aufbewahrt, bevor ihre ältesten Segmente gelöscht werden.
%1</translation>
    </message>
    <message>
        <source>cleanup.policy: delete removes old segments by retention; compact keeps the latest record of each key.</source>
        <translation>cleanup.policy: delete entfernt alte Segmente nach der Retention; compact behält den neuesten Record je Key.</translation>
    </message>
    <message>
        <source>compression.type: producer stores batches as the producer compressed them; any other value makes the broker recompress.</source>
        <translation>compression.type: producer speichert Batches so, wie der Producer sie komprimiert hat; jeder andere Wert lässt den Broker neu komprimieren.</translation>
    </message>
    <message>
        <source>min.insync.replicas: how many replicas must have a write before a producer with acks=all is told it succeeded.</source>
        <translation>min.insync.replicas: wie viele Replikate einen Schreibvorgang haben müssen, bevor einem Producer mit acks=all Erfolg gemeldet wird.</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>segment.bytes: the size at which the log of a partition rolls to a new file; retention deletes whole segments.</source>
        <translation>segment.bytes: die Größe, bei der das Log einer Partition in eine neue Datei wechselt; die Retention löscht ganze Segmente.</translation>
    </message>
    <message>
        <source>Retention &amp;time:</source>
        <translation>Aufbewahrungs&amp;dauer:</translation>
    </message>
    <message>
        <source>Retention si&amp;ze:</source>
        <translation>Aufbewahrungs&amp;größe:</translation>
    </message>
    <message>
        <source>C&amp;leanup policy:</source>
        <translation>&amp;Bereinigung:</translation>
    </message>
    <message>
        <source>Co&amp;mpression:</source>
        <translation>Ko&amp;mpression:</translation>
    </message>
    <message>
        <source>Min. in-sync re&amp;plicas:</source>
        <translation>Min. In-Sync-Re&amp;plikate:</translation>
    </message>
    <message>
        <source>Se&amp;gment size:</source>
        <translation>Se&amp;gmentgröße:</translation>
    </message>
    <message>
        <source>Higher than the replication factor (%1): producers using acks=all will not be able to write.</source>
        <translation>Höher als der Replikationsfaktor (%1): Producer mit acks=all können nicht schreiben.</translation>
    </message>
</context>
<context>
    <name>samsa::ui::TopicDetailPage</name>
    <message>
        <source>Purge messages</source>
        <translation>Nachrichten löschen</translation>
    </message>
    <message>
        <source>Delete all %2 messages of %1?</source>
        <extracomment>%1 is the topic name, %2 a message count.</extracomment>
        <translation>Alle %2 Nachrichten von %1 löschen?</translation>
    </message>
    <message>
        <source>Every partition&apos;s log start offset moves up to its high watermark. Consumers lose these messages for good; the topic and its settings stay.</source>
        <translation>Der Log-Start-Offset jeder Partition rückt bis zu ihrer High Watermark vor. Consumer verlieren diese Nachrichten endgültig; das Topic und seine Einstellungen bleiben.</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Could not purge %1: %2</source>
        <translation>%1 konnte nicht geleert werden: %2</translation>
    </message>
    <message>
        <source>partition %1: %2</source>
        <translation>Partition %1: %2</translation>
    </message>
    <message>
        <source>Purged %1 messages from %2.</source>
        <translation>%1 Nachrichten aus %2 gelöscht.</translation>
    </message>
    <message>
        <source>Some partitions were not purged:
%1</source>
        <translation>Einige Partitionen wurden nicht geleert:
%1</translation>
    </message>
    <message>
        <source>Could not add partitions to %1: %2</source>
        <translation>Zu %1 konnten keine Partitionen hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>%1 now has %2 partitions.</source>
        <translation>%1 hat jetzt %2 Partitionen.</translation>
    </message>
    <message>
        <source>internal</source>
        <extracomment>Badge next to the name of a topic Kafka keeps for itself, like __consumer_offsets.</extracomment>
        <translation>intern</translation>
    </message>
    <message>
        <source>Kafka uses this topic for its own bookkeeping; change it only if you know why.</source>
        <translation>Kafka nutzt dieses Topic für die eigene Buchführung; ändern Sie es nur, wenn Sie wissen, warum.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the topic again from the cluster (F5)</source>
        <translation>Das Topic erneut vom Cluster lesen (F5)</translation>
    </message>
    <message>
        <source>Add partitions…</source>
        <translation>Partitionen hinzufügen…</translation>
    </message>
    <message>
        <source>Give the topic more partitions, so more consumers of a group can share the work</source>
        <translation>Dem Topic mehr Partitionen geben, damit mehr Consumer einer Gruppe sich die Arbeit teilen können</translation>
    </message>
    <message>
        <source>Purge messages…</source>
        <translation>Nachrichten löschen…</translation>
    </message>
    <message>
        <source>Delete every message stored in the topic, keeping the topic and its settings</source>
        <translation>Alle im Topic gespeicherten Nachrichten löschen; das Topic und seine Einstellungen bleiben</translation>
    </message>
    <message>
        <source>Browse messages</source>
        <translation>Nachrichten durchsehen</translation>
    </message>
    <message>
        <source>Read the topic&apos;s messages: from any offset or time, live, filtered</source>
        <translation>Die Nachrichten des Topics lesen: ab jedem Offset oder jeder Zeit, live, gefiltert</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>Configs</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The topic %1 does not exist. It may have been deleted; refresh the topic list.</source>
        <translation>Das Topic %1 existiert nicht. Es wurde womöglich gelöscht; aktualisieren Sie die Topic-Liste.</translation>
    </message>
    <message>
        <source>Could not describe the topic: %1</source>
        <translation>Das Topic konnte nicht beschrieben werden: %1</translation>
    </message>
    <message>
        <source>This topic no longer exists.</source>
        <translation>Dieses Topic existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The offsets of one partition could not be read.</source>
        <translation>Die Offsets einer Partition konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The offsets of %1 partitions could not be read.</source>
        <translation>Die Offsets von %1 Partitionen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read the offsets: %1</source>
        <translation>Die Offsets konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read partition sizes: %1</source>
        <translation>Die Partitionsgrößen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The partitions could not be loaded. Press F5 to try again.</source>
        <translation>Die Partitionen konnten nicht geladen werden. Drücken Sie F5 für einen neuen Versuch.</translation>
    </message>
    <message>
        <source>This topic has no partitions.</source>
        <translation>Dieses Topic hat keine Partitionen.</translation>
    </message>
    <message>
        <source>Not found on the cluster</source>
        <translation>Auf dem Cluster nicht gefunden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Loading partitions…</source>
        <translation>Partitionen werden geladen…</translation>
    </message>
    <message>
        <source>1 partition</source>
        <translation>1 Partition</translation>
    </message>
    <message>
        <source>%1 partitions</source>
        <translation>%1 Partitionen</translation>
    </message>
    <message>
        <source>replication factor %1</source>
        <translation>Replikationsfaktor %1</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>wird aktualisiert…</translation>
    </message>
</context>
<context>
    <name>samsa::ui::TopicListLoader</name>
    <message>
        <source>message counts</source>
        <translation>Nachrichtenzahlen</translation>
    </message>
    <message>
        <source>sizes</source>
        <translation>Größen</translation>
    </message>
    <message>
        <source>configs</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>samsa::ui::TopicListModel</name>
    <message>
        <source>%1 or %2</source>
        <extracomment>Retention of a topic limited by time and by size, e.g. &quot;7 days or 1 GiB&quot;.</extracomment>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Shown in the &quot;Internal&quot; column for Kafka&apos;s own topics such as __consumer_offsets.</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>retention.ms = %1
retention.bytes = %2</source>
        <translation>retention.ms = %1
retention.bytes = %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <source>Replicas</source>
        <extracomment>Column header; short for &quot;replication factor&quot;.</extracomment>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Cleanup policy</source>
        <translation>Bereinigung</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Number of partitions: the topic&apos;s unit of parallelism and ordering.</source>
        <translation>Anzahl der Partitionen: die Einheit des Topics für Parallelität und Reihenfolge.</translation>
    </message>
    <message>
        <source>Replication factor: how many brokers keep a copy of each partition.</source>
        <translation>Replikationsfaktor: wie viele Broker eine Kopie jeder Partition halten.</translation>
    </message>
    <message>
        <source>Messages currently stored: the sum over partitions of the latest offset minus the earliest one. Compacted topics may hold fewer.</source>
        <translation>Derzeit gespeicherte Nachrichten: die Summe über die Partitionen von neuestem minus frühestem Offset. Kompaktierte Topics enthalten womöglich weniger.</translation>
    </message>
    <message>
        <source>Disk space used by the topic, all replicas together.</source>
        <translation>Vom Topic belegter Speicherplatz, alle Replikate zusammen.</translation>
    </message>
    <message>
        <source>How long (retention.ms) and how much (retention.bytes) each partition keeps before old segments are deleted.</source>
        <translation>Wie lange (retention.ms) und wie viel (retention.bytes) jede Partition aufbewahrt, bevor alte Segmente gelöscht werden.</translation>
    </message>
    <message>
        <source>delete: old segments are removed by retention; compact: only the latest record of each key is kept.</source>
        <translation>delete: Alte Segmente werden nach der Retention entfernt; compact: Nur der neueste Record je Key bleibt.</translation>
    </message>
    <message>
        <source>Topics Kafka uses for itself, such as committed consumer offsets.</source>
        <translation>Topics, die Kafka für sich selbst nutzt, etwa für committete Consumer-Offsets.</translation>
    </message>
</context>
<context>
    <name>samsa::ui::TopicNameRules</name>
    <message>
        <source>Enter a name for the topic.</source>
        <translation>Geben Sie einen Namen für das Topic ein.</translation>
    </message>
    <message>
        <source>&quot;.&quot; and &quot;..&quot; cannot be used as topic names.</source>
        <translation>„.“ und „..“ können nicht als Topic-Namen verwendet werden.</translation>
    </message>
    <message>
        <source>A topic name can have at most %1 characters; this one has %2.</source>
        <translation>Ein Topic-Name hat höchstens %1 Zeichen; dieser hat %2.</translation>
    </message>
    <message>
        <source>space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>Not allowed in a topic name: %1. Use letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <extracomment>%1 lists the characters that are not allowed, e.g. &quot;space, &quot;/&quot;&quot;.</extracomment>
        <translation>In einem Topic-Namen nicht erlaubt: %1. Verwenden Sie Buchstaben, Ziffern, „.“, „_“ und „-“.</translation>
    </message>
    <message>
        <source>A topic named &quot;%1&quot; already exists.</source>
        <translation>Ein Topic namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Collides with the existing topic &quot;%1&quot;: Kafka&apos;s metric names treat &quot;.&quot; and &quot;_&quot; alike, so only one of them can exist.</source>
        <translation>Kollidiert mit dem bestehenden Topic „%1“: Kafkas Metriknamen behandeln „.“ und „_“ gleich, daher kann nur eines von beiden existieren.</translation>
    </message>
    <message>
        <source>Kafka&apos;s metric names treat &quot;.&quot; and &quot;_&quot; alike; using only one of them in topic names avoids collisions.</source>
        <translation>Kafkas Metriknamen behandeln „.“ und „_“ gleich; wer in Topic-Namen nur eines davon verwendet, vermeidet Kollisionen.</translation>
    </message>
</context>
<context>
    <name>samsa::ui::TopicPicker</name>
    <message>
        <source>Topic name</source>
        <translation>Name des Topics</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>Choose the topic to write to.</source>
        <translation>Wählen Sie das Topic, in das geschrieben wird.</translation>
    </message>
    <message>
        <source>There is no topic &quot;%1&quot;.</source>
        <translation>Es gibt kein Topic „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s)</source>
        <translation>
            <numerusform>%n Partition</numerusform>
            <numerusform>%n Partitionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsa::ui::TopicsPage</name>
    <message numerus="yes">
        <source>  and %n more</source>
        <extracomment>Ends a list of topic names that was cut short.</extracomment>
        <translation>
            <numerusform>  und %n weiteres</numerusform>
            <numerusform>  und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n topic(s) and every message in them? This cannot be undone.</source>
        <translation>
            <numerusform>%n Topic samt aller Nachrichten darin löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Topics samt aller Nachrichten darin löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the topic list again (%1)</source>
        <translation>Die Topic-Liste erneut laden (%1)</translation>
    </message>
    <message>
        <source>Create topic…</source>
        <translation>Topic anlegen…</translation>
    </message>
    <message>
        <source>Create a new topic (%1)</source>
        <translation>Ein neues Topic anlegen (%1)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected topics and their messages (Delete)</source>
        <translation>Die gewählten Topics und ihre Nachrichten löschen (Entf)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Filter by name (Ctrl+F)</source>
        <translation>Nach Name filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Show internal topics</source>
        <translation>Interne Topics anzeigen</translation>
    </message>
    <message>
        <source>Kafka&apos;s own topics, such as __consumer_offsets where consumer groups commit their positions.</source>
        <translation>Kafkas eigene Topics, etwa __consumer_offsets, wo Consumer-Gruppen ihre Positionen committen.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Loading topics…</source>
        <translation>Topics werden geladen…</translation>
    </message>
    <message>
        <source>No topics yet</source>
        <translation>Noch keine Topics</translation>
    </message>
    <message>
        <source>A topic is a named stream of messages, split into partitions. Create one to start producing.</source>
        <translation>Ein Topic ist ein benannter Strom von Nachrichten, aufgeteilt in Partitionen. Legen Sie eines an, um mit dem Produzieren zu beginnen.</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <extracomment>%1 is what could not be loaded (&quot;sizes&quot;, &quot;configs&quot;), %2 the reason.</extracomment>
        <translation>%1 konnten nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Could not load the topics: %1</source>
        <translation>Die Topics konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The topics could not be loaded.</source>
        <translation>Die Topics konnten nicht geladen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n Topic</numerusform>
            <numerusform>%n Topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n topic(s)</source>
        <translation>
            <numerusform>%1 von %n Topic</numerusform>
            <numerusform>%1 von %n Topics</numerusform>
        </translation>
    </message>
    <message>
        <source>Created topic &quot;%1&quot;.</source>
        <translation>Topic „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Delete topics?</source>
        <translation>Topics löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n topic(s)…</source>
        <translation>
            <numerusform>%n Topic wird gelöscht…</numerusform>
            <numerusform>%n Topics werden gelöscht…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n topic(s).</source>
        <translation>
            <numerusform>%n Topic gelöscht.</numerusform>
            <numerusform>%n Topics gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not delete %n topic(s):</source>
        <translation>
            <numerusform>%n Topic konnte nicht gelöscht werden:</numerusform>
            <numerusform>%n Topics konnten nicht gelöscht werden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsa::ui::ValueEditor</name>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is %1; values are limited to %2.</source>
        <translation>Die Datei ist %1 groß; Werte sind auf %2 begrenzt.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Null (tombstone)</source>
        <extracomment>the record has no value (a null value, which Kafka calls a tombstone)</extracomment>
        <translation>Null (Tombstone)</translation>
    </message>
    <message>
        <source>Text and JSON are sent as UTF-8; JSON is checked first. A file is sent byte for byte. A null value is a tombstone: on a compacted topic it deletes the key.</source>
        <translation>Text und JSON werden als UTF-8 gesendet; JSON wird vorher geprüft. Eine Datei wird Byte für Byte gesendet. Ein null-Wert ist ein Tombstone: Auf einem kompaktierten Topic löscht er den Key.</translation>
    </message>
    <message>
        <source>The record value, e.g. {&quot;id&quot;: {{i}}, &quot;at&quot;: {{now}}}</source>
        <translation>Der Wert des Records, z. B. {&quot;id&quot;: {{i}}, &quot;at&quot;: {{now}}}</translation>
    </message>
    <message>
        <source>File whose bytes are the value</source>
        <translation>Datei, deren Bytes der Wert sind</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>The record is sent without a value. On a topic with cleanup.policy=compact, this deletes the key once the log is cleaned.</source>
        <translation>Der Record wird ohne Wert gesendet. Auf einem Topic mit cleanup.policy=compact löscht das den Key, sobald das Log bereinigt wird.</translation>
    </message>
    <message>
        <source>To send {{ and }} as they are, turn off &quot;Fill in placeholders&quot;.</source>
        <translation>Um {{ und }} unverändert zu senden, schalten Sie „Platzhalter ausfüllen“ aus.</translation>
    </message>
    <message>
        <source>Value from File</source>
        <translation>Wert aus Datei</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Choose the file to send.</source>
        <translation>Wählen Sie die zu sendende Datei.</translation>
    </message>
    <message>
        <source>%1 to send as they are.</source>
        <translation>%1 unverändert senden.</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2: %3</source>
        <translation>Kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
</TS>
