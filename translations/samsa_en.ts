<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>samsa::app::ImportJob</name>
    <message numerus="yes">
        <source>%Ln line(s) of the file cannot be read; nothing was sent.</source>
        <extracomment>%n is the number of lines of the file that cannot be read</extracomment>
        <translation><numerusform>%Ln line of the file cannot be read; nothing was sent.</numerusform><numerusform>%Ln lines of the file cannot be read; nothing was sent.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The file has records of partition %1, but %2 has only %n partition(s). Add partitions to the topic, or import with a partitioner instead.</source>
        <translation><numerusform>The file has records of partition %1, but %2 has only %n partition. Add partitions to the topic, or import with a partitioner instead.</numerusform><numerusform>The file has records of partition %1, but %2 has only %n partitions. Add partitions to the topic, or import with a partitioner instead.</numerusform></translation>
    </message>
</context>
<context>
    <name>samsa::monitor::LagEvaluator</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation><numerusform>%n s</numerusform><numerusform>%n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation><numerusform>%n days</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>All %n partition(s) are consumed normally.</source>
        <translation><numerusform>All %n partition are consumed normally.</numerusform><numerusform>All %n partitions are consumed normally.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) like %1: </source>
        <extracomment>%1 is a partition such as orders-3; %n how many partitions share its status.</extracomment>
        <translation><numerusform>%n partition like %1: </numerusform><numerusform>%n partitions like %1: </numerusform></translation>
    </message>
</context>
<context>
    <name>samsa::ui::ClusterOverviewPage</name>
    <message numerus="yes">
        <source>Read the cluster's state again. While this page is visible it is also re-read every %n second(s).</source>
        <translation><numerusform>Read the cluster's state again. While this page is visible it is also re-read every %n second.</numerusform><numerusform>Read the cluster's state again. While this page is visible it is also re-read every %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>samsa::ui::ConnectionExplanations</name>
    <message numerus="yes">
        <source>resolved to %n address(es)</source>
        <translation><numerusform>resolved to %n address</numerusform><numerusform>resolved to %n addresses</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n broker(s)</source>
        <translation><numerusform>%n broker</numerusform><numerusform>%n brokers</numerusform></translation>
    </message>
</context>
<context>
    <name>samsa::ui::ConnectionTestPanel</name>
    <message numerus="yes">
        <source>Connection works: %n bootstrap server(s) passed every step.</source>
        <translation><numerusform>Connection works: %n bootstrap server passed every step.</numerusform><numerusform>Connection works: %n bootstrap servers passed every step.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The cluster has %n broker(s).</source>
        <translation><numerusform>The cluster has %n broker.</numerusform><numerusform>The cluster has %n brokers.</numerusform></translation>
    </message>
</context>
<context>
    <name>samsa::ui::CreateTopicDialog</name>
    <message numerus="yes">
        <source>The cluster has %n broker(s); the replication factor cannot be higher.</source>
        <translation><numerusform>The cluster has %n broker; the replication factor cannot be higher.</numerusform><numerusform>The cluster has %n brokers; the replication factor cannot be higher.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The cluster accepts this topic: %n partition(s), replication factor %1. Nothing was created.</source>
        <translation><numerusform>The cluster accepts this topic: %n partition, replication factor %1. Nothing was created.</numerusform><numerusform>The cluster accepts this topic: %n partitions, replication factor %1. Nothing was created.</numerusform></translation>
    </message>
</context>
<context>
    <name>samsa::ui::DeliveryOptions</name>
    <message numerus="yes">
        <source>The topic has %n partition(s), numbered from 0 to %1.</source>
        <translation><numerusform>The topic has %n partition, numbered from 0 to %1.</numerusform><numerusform>The topic has %n partitions, numbered from 0 to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>samsa::ui::Format</name>
    <message numerus="yes">
        <source>%n ms</source>
        <translation><numerusform>%n ms</numerusform><numerusform>%n ms</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation><numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation><numerusform>%n second</numerusform><numerusform>%n seconds</numerusform></translation>
    </message>
</context>
<context>
    <name>samsa::ui::GroupDetailPage</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation><numerusform>%n member</numerusform><numerusform>%n members</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The group has %n active member(s) and can only be deleted once it is empty. Stop them first: %1.</source>
        <translation><numerusform>The group has %n active member and can only be deleted once it is empty. Stop them first: %1.</numerusform><numerusform>The group has %n active members and can only be deleted once it is empty. Stop them first: %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deleted the committed offsets of %n partition(s) of %1.</source>
        <translation><numerusform>Deleted the committed offsets of %n partition of %1.</numerusform><numerusform>Deleted the committed offsets of %n partitions of %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) kept their offsets:</source>
        <translation><numerusform>%n partition kept their offsets:</numerusform><numerusform>%n partitions kept their offsets:</numerusform></translation>
    </message>
</context>
<context>
    <name>samsa::ui::GroupListModel</name>
    <message numerus="yes">
        <source>%1 messages not yet consumed, over %n partition(s)</source>
        <translation><numerusform>%1 messages not yet consumed, over %n partition</numerusform><numerusform>%1 messages not yet consumed, over %n partitions</numerusform></translation>
    </message>
</context>
<context>
    <name>samsa::ui::GroupsPage</name>
    <message numerus="yes">
        <source>Every %n s</source>
        <extracomment>How often the group monitor samples; %n is a number of seconds.</extracomment>
        <translation><numerusform>Every %n s</numerusform><numerusform>Every %n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation><numerusform>%n group</numerusform><numerusform>%n groups</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n group(s)</source>
        <translation><numerusform>%1 of %n group</numerusform><numerusform>%1 of %n groups</numerusform></translation>
    </message>
</context>
<context>
    <name>samsa::ui::JsonTreeModel</name>
    <message numerus="yes">
        <source>{ %n member(s) }</source>
        <extracomment>Summary of a JSON object in the tree view.</extracomment>
        <translation><numerusform>{ %n member }</numerusform><numerusform>{ %n members }</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>[ %n item(s) ]</source>
        <extracomment>Summary of a JSON array in the tree view.</extracomment>
        <translation><numerusform>[ %n item ]</numerusform><numerusform>[ %n items ]</numerusform></translation>
    </message>
</context>
<context>
    <name>samsa::ui::MessageColumns</name>
    <message numerus="yes">
        <source>%n header(s), %1 in all</source>
        <translation><numerusform>%n header, %1 in all</numerusform><numerusform>%n headers, %1 in all</numerusform></translation>
    </message>
</context>
<context>
    <name>samsa::ui::MessageExport</name>
    <message numerus="yes">
        <source>%Ln record(s) written to %1</source>
        <extracomment>%1 a count of records, %2 a file name.</extracomment>
        <translation><numerusform>%Ln record written to %1</numerusform><numerusform>%Ln records written to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>samsa::ui::RebalanceDetails</name>
    <message numerus="yes">
        <source>No partition changed hands (%n kept its owner).</source>
        <translation><numerusform>No partition changed hands (%n kept its owner).</numerusform><numerusform>No partition changed hands (%n kept its owner).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) moved</source>
        <translation><numerusform>%n partition moved</numerusform><numerusform>%n partitions moved</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n kept their owner)</source>
        <translation><numerusform>(%n kept their owner)</numerusform><numerusform>(%n kept their owner)</numerusform></translation>
    </message>
</context>
<context>
    <name>samsa::ui::RecordSummary</name>
    <message numerus="yes">
        <source>%n header(s), %1</source>
        <extracomment>%1 is the total size of the headers, such as "96 bytes".</extracomment>
        <translation><numerusform>%n header, %1</numerusform><numerusform>%n headers, %1</numerusform></translation>
    </message>
</context>
<context>
    <name>samsa::ui::ResetOffsetsDialog</name>
    <message numerus="yes">
        <source>The group has %n active member(s), so the reset cannot be applied: Kafka only accepts offsets from outside the group while it is empty. Stop these consumers first: %1.</source>
        <translation><numerusform>The group has %n active member, so the reset cannot be applied: Kafka only accepts offsets from outside the group while it is empty. Stop these consumers first: %1.</numerusform><numerusform>The group has %n active members, so the reset cannot be applied: Kafka only accepts offsets from outside the group while it is empty. Stop these consumers first: %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n partition(s) would move; total lag %1 → %2. Nothing has changed yet.</source>
        <translation><numerusform>Dry run: %n partition would move; total lag %1 → %2. Nothing has changed yet.</numerusform><numerusform>Dry run: %n partitions would move; total lag %1 → %2. Nothing has changed yet.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reset %n partition(s). The group resumes from the new offsets when it next starts.</source>
        <translation><numerusform>Reset %n partition. The group resumes from the new offsets when it next starts.</numerusform><numerusform>Reset %n partitions. The group resumes from the new offsets when it next starts.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) could not be reset; see the Result column.</source>
        <translation><numerusform>%n partition could not be reset; see the Result column.</numerusform><numerusform>%n partitions could not be reset; see the Result column.</numerusform></translation>
    </message>
</context>
<context>
    <name>samsa::ui::RunSummary</name>
    <message numerus="yes">
        <source>%n more partition(s)</source>
        <translation><numerusform>%n more partition</numerusform><numerusform>%n more partitions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1 in %2</source>
        <extracomment>%n written records, %1 the topic, %2 the duration ("12 ms", "1.5 s")</extracomment>
        <translation><numerusform>%Ln record written to %1 in %2</numerusform><numerusform>%Ln records written to %1 in %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) failed.</source>
        <translation><numerusform>%Ln record failed.</numerusform><numerusform>%Ln records failed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln record(s) were not sent.</source>
        <translation><numerusform>Cancelled: %Ln record were not sent.</numerusform><numerusform>Cancelled: %Ln records were not sent.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln record(s) were not sent.</source>
        <translation><numerusform>Stopped: %Ln record were not sent.</numerusform><numerusform>Stopped: %Ln records were not sent.</numerusform></translation>
    </message>
</context>
<context>
    <name>samsa::ui::ScanStatus</name>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation><numerusform>%Ln match</numerusform><numerusform>%Ln matches</numerusform></translation>
    </message>
</context>
<context>
    <name>samsa::ui::TopicPicker</name>
    <message numerus="yes">
        <source>%n partition(s)</source>
        <translation><numerusform>%n partition</numerusform><numerusform>%n partitions</numerusform></translation>
    </message>
</context>
<context>
    <name>samsa::ui::TopicsPage</name>
    <message numerus="yes">
        <source>  and %n more</source>
        <extracomment>Ends a list of topic names that was cut short.</extracomment>
        <translation><numerusform>  and %n more</numerusform><numerusform>  and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n topic(s) and every message in them? This cannot be undone.</source>
        <translation><numerusform>Delete %n topic and every message in them? This cannot be undone.</numerusform><numerusform>Delete %n topics and every message in them? This cannot be undone.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation><numerusform>%n topic</numerusform><numerusform>%n topics</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n topic(s)</source>
        <translation><numerusform>%1 of %n topic</numerusform><numerusform>%1 of %n topics</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n topic(s)…</source>
        <translation><numerusform>Deleting %n topic…</numerusform><numerusform>Deleting %n topics…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n topic(s).</source>
        <translation><numerusform>Deleted %n topic.</numerusform><numerusform>Deleted %n topics.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Could not delete %n topic(s):</source>
        <translation><numerusform>Could not delete %n topic:</numerusform><numerusform>Could not delete %n topics:</numerusform></translation>
    </message>
</context>
</TS>