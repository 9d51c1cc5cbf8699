<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ClusterService</name>
    <message>
        <source>Cannot resolve the host name: %1</source>
        <translation>无法解析主机名：%1</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS 握手失败：%1</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>认证失败：%1</translation>
    </message>
    <message>
        <source>The server did not answer as a Kafka broker: %1</source>
        <translation>服务器的应答不像 Kafka Broker：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the broker&apos;s explanation, %2 Kafka&apos;s error name such as TOPIC_ALREADY_EXISTS.</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Save every page as DIR/&lt;page&gt;.png, then exit. Without --bootstrap a temporary local cluster is used.</source>
        <translation>把每个页面保存为 DIR/&lt;page&gt;.png，然后退出。未指定 --bootstrap 时使用临时的本地集群。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Use the cluster at SERVERS (host:port,...) instead of the local cluster.</source>
        <translation>使用位于 SERVERS（host:port,...）的集群，而不是本地集群。</translation>
    </message>
    <message>
        <source>SERVERS</source>
        <translation>SERVERS</translation>
    </message>
    <message>
        <source>Show Samsa in LANGUAGE (such as zh_CN or de) instead of the language chosen in the settings or the system&apos;s.</source>
        <translation>以 LANGUAGE（如 zh_CN 或 de）显示 Samsa，而不使用设置中或系统的语言。</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>Use the light, dark or system theme instead of the one chosen in the settings. Screenshots taken with the dark theme are named &lt;page&gt;-dark.png.</source>
        <translation>使用 light（浅色）、dark（深色）或 system（跟随系统）主题，而不使用设置中选择的主题。使用深色主题截取的截图命名为 &lt;page&gt;-dark.png。</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>THEME</translation>
    </message>
    <message>
        <source>Desktop app for Apache Kafka with a bundled broker.</source>
        <translation>Apache Kafka 桌面应用，内置 Broker。</translation>
    </message>
    <message>
        <source>Settings not available</source>
        <translation>设置不可用</translation>
    </message>
    <message>
        <source>Saved clusters and window layout cannot be used in this session.

%1</source>
        <translation>本次会话无法使用已保存的集群和窗口布局。

%1</translation>
    </message>
</context>
<context>
    <name>samsa::app::BrowseStart</name>
    <message>
        <source>Enter the consumer group whose position to start from.</source>
        <translation>请输入作为起始位置的消费者组。</translation>
    </message>
    <message>
        <source>Group %1 has no committed offset on partition %2; those start at the earliest record.</source>
        <translation>消费者组 %1 在分区 %2 上没有已提交的位移；这些分区从最早的记录开始。</translation>
    </message>
    <message>
        <source>The topic has no such partition.</source>
        <translation>该主题没有这个分区。</translation>
    </message>
    <message>
        <source>The topic has no partition %1 (it has %2).</source>
        <extracomment>%1 the partition asked for, %2 the topic&apos;s partitions, such as &quot;0–2&quot;.</extracomment>
        <translation>该主题没有分区 %1（它的分区为 %2）。</translation>
    </message>
    <message>
        <source>Offset %1 is negative: offsets start at 0.</source>
        <translation>位移 %1 是负数：位移从 0 开始。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an offset: type a whole number such as 120.</source>
        <translation>“%1”不是位移：请输入一个整数，例如 120。</translation>
    </message>
    <message>
        <source>Offset %1 is too large.</source>
        <translation>位移 %1 太大。</translation>
    </message>
    <message>
        <source>Type an offset, or partition:offset pairs such as 0:120, 1:80.</source>
        <translation>请输入一个位移，或 分区:位移 对，例如 0:120, 1:80。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no partition: with several offsets, type each as partition:offset, such as 0:120, 1:80.</source>
        <translation>“%1”没有指明分区：输入多个位移时，请逐个写成 分区:位移，例如 0:120, 1:80。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a partition number.</source>
        <translation>“%1”不是分区编号。</translation>
    </message>
    <message>
        <source>Partition %1 is given twice.</source>
        <translation>分区 %1 出现了两次。</translation>
    </message>
</context>
<context>
    <name>samsa::app::ClusterProfile</name>
    <message>
        <source>The cluster needs a name.</source>
        <translation>集群需要一个名称。</translation>
    </message>
    <message>
        <source>Enter at least one bootstrap server (host:port).</source>
        <translation>请至少输入一个引导服务器（host:port）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not host:port.</source>
        <translation>“%1”不是 host:port 格式。</translation>
    </message>
    <message>
        <source>%1 needs a SASL mechanism.</source>
        <translation>%1 需要指定 SASL 机制。</translation>
    </message>
    <message>
        <source>SASL needs a user name.</source>
        <translation>SASL 需要用户名。</translation>
    </message>
    <message>
        <source>A client certificate needs its private key, and the other way round.</source>
        <translation>客户端证书需要配套的私钥，反之亦然。</translation>
    </message>
</context>
<context>
    <name>samsa::app::FileRecordSource</name>
    <message>
        <source>Line %1 changed after the file was checked: %2</source>
        <extracomment>%1 is a line number, %2 what is wrong with the line</extracomment>
        <translation>第 %1 行在文件检查之后发生了变化：%2</translation>
    </message>
</context>
<context>
    <name>samsa::app::ImportJob</name>
    <message numerus="yes">
        <source>%Ln line(s) of the file cannot be read; nothing was sent.</source>
        <extracomment>%n is the number of lines of the file that cannot be read</extracomment>
        <translation>
            <numerusform>文件中有 %Ln 行无法读取；没有发送任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no records.</source>
        <translation>文件中没有记录。</translation>
    </message>
    <message>
        <source>The cluster connection was closed.</source>
        <translation>与集群的连接已关闭。</translation>
    </message>
    <message numerus="yes">
        <source>The file has records of partition %1, but %2 has only %n partition(s). Add partitions to the topic, or import with a partitioner instead.</source>
        <translation>
            <numerusform>文件中包含分区 %1 的记录，但 %2 只有 %n 个分区。请为主题增加分区，或改用分区器导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>The record names no partition to keep; import it with a partitioner instead.</source>
        <translation>该记录未指定要保留的分区；请改用分区器导入。</translation>
    </message>
</context>
<context>
    <name>samsa::app::JsonCheck</name>
    <message>
        <source>The value is empty, which is not JSON.</source>
        <translation>值为空，不是 JSON。</translation>
    </message>
    <message>
        <source>The value holds more than one JSON value; wrap them in an array.</source>
        <translation>值中包含多个 JSON 值；请把它们放进一个数组。</translation>
    </message>
</context>
<context>
    <name>samsa::app::JsonPath</name>
    <message>
        <source>%1 (at character %2)</source>
        <extracomment>%1 is what is wrong with a JSON path the user typed; %2 a character position.</extracomment>
        <translation>%1（第 %2 个字符处）</translation>
    </message>
    <message>
        <source>Enter a path such as customer.id or items[0].sku.</source>
        <translation>请输入路径，例如 customer.id 或 items[0].sku。</translation>
    </message>
    <message>
        <source>The quoted name is not closed</source>
        <translation>带引号的名称没有闭合</translation>
    </message>
    <message>
        <source>The index is too large</source>
        <translation>索引太大</translation>
    </message>
    <message>
        <source>Expected an index, * or a quoted name after “[”</source>
        <translation>“[”之后应为索引、* 或带引号的名称</translation>
    </message>
    <message>
        <source>Expected “]”</source>
        <translation>应为“]”</translation>
    </message>
    <message>
        <source>Expected a name before “.”</source>
        <translation>“.”之前应有名称</translation>
    </message>
    <message>
        <source>Expected a name after “.”</source>
        <translation>“.”之后应有名称</translation>
    </message>
    <message>
        <source>Expected “.” or “[”</source>
        <translation>应为“.”或“[”</translation>
    </message>
</context>
<context>
    <name>samsa::app::KeychainSecretStore</name>
    <message>
        <source>No keychain is available.</source>
        <translation>没有可用的密钥环。</translation>
    </message>
</context>
<context>
    <name>samsa::app::LocalClusterHost</name>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>resetting</source>
        <translation>正在重置</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>无法创建数据目录 %1</translation>
    </message>
    <message>
        <source>cannot delete %1</source>
        <translation>无法删除 %1</translation>
    </message>
</context>
<context>
    <name>samsa::app::MessageFilter</name>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>any header</source>
        <translation>任意消息头</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>消息头 %1</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <extracomment>Filter summary: the JSON path exists in the value.</extracomment>
        <translation>%1 存在</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 contains “%2”</source>
        <extracomment>Filter summary, e.g. key contains “cust-42”.</extracomment>
        <translation>%1 包含“%2”</translation>
    </message>
    <message>
        <source>partitions %1</source>
        <translation>分区 %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>从 %1 到 %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>从 %1 起</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>直到 %1</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1 (at character %2)</source>
        <extracomment>%1 is the regular expression engine&apos;s own explanation; %2 a position.</extracomment>
        <translation>不是有效的正则表达式：%1（第 %2 个字符处）</translation>
    </message>
    <message>
        <source>%1 ~ /%2/</source>
        <extracomment>Filter summary, e.g. value ~ /ord-1[0-9]+/.</extracomment>
        <translation>%1 ~ /%2/</translation>
    </message>
    <message>
        <source>Enter the JSON path whose value to compare, such as customer.id.</source>
        <translation>请输入要比较其值的 JSON 路径，例如 customer.id。</translation>
    </message>
    <message>
        <source>The start of the time range is after its end.</source>
        <translation>时间范围的起点晚于终点。</translation>
    </message>
</context>
<context>
    <name>samsa::app::MessageTemplate</name>
    <message>
        <source>&quot;%1&quot; starts a placeholder that is never closed with }}.</source>
        <extracomment>%1 is the text that starts the unfinished placeholder</extracomment>
        <translation>“%1”开始了一个占位符，但没有用 }} 闭合。</translation>
    </message>
    <message>
        <source>Unknown placeholder {{%1}}. Use %2.</source>
        <extracomment>%1 is what the user wrote, %2 the list of placeholders that exist</extracomment>
        <translation>未知的占位符 {{%1}}。可用的有：%2。</translation>
    </message>
</context>
<context>
    <name>samsa::app::PayloadFormat</name>
    <message>
        <source>Empty</source>
        <comment>payload format: present but zero bytes long</comment>
        <translation>空</translation>
    </message>
    <message>
        <source>Null</source>
        <comment>payload format: no key or value at all</comment>
        <translation>Null</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>payload format</comment>
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON</source>
        <comment>payload format</comment>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Binary</source>
        <comment>payload format</comment>
        <translation>二进制</translation>
    </message>
</context>
<context>
    <name>samsa::app::ProfileStore</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>无法为 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot save the cluster &quot;%1&quot;: %2</source>
        <translation>无法保存集群“%1”：%2</translation>
    </message>
    <message>
        <source>The cluster &quot;%1&quot; no longer exists.</source>
        <translation>集群“%1”已不存在。</translation>
    </message>
    <message>
        <source>No saved cluster has id %1.</source>
        <translation>没有 ID 为 %1 的已保存集群。</translation>
    </message>
    <message>
        <source>The %1 was written by a newer version of Samsa (schema %2; this version knows %3).</source>
        <extracomment>%1 names the database, such as &quot;settings database&quot;.</extracomment>
        <translation>%1 由较新版本的 Samsa 写入（模式版本 %2；当前版本只认识 %3）。</translation>
    </message>
    <message>
        <source>Upgrading the %1 to schema %2 (%3) failed: %4</source>
        <extracomment>%1 names the database, such as &quot;settings database&quot;; %3 describes the step.</extracomment>
        <translation>将%1升级到模式版本 %2（%3）失败：%4</translation>
    </message>
    <message>
        <source>settings database</source>
        <translation>设置数据库</translation>
    </message>
</context>
<context>
    <name>samsa::app::RecordCsv</name>
    <message>
        <source>The text after &quot;base64:&quot; is not base64.</source>
        <translation>“base64:”之后的文本不是 base64。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>“%1”必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>A quoted field opened on line %1 is never closed.</source>
        <extracomment>%1 is a line number</extracomment>
        <translation>第 %1 行开始的带引号字段没有闭合。</translation>
    </message>
    <message>
        <source>A quote inside a field that does not start with one; quote the whole field.</source>
        <translation>字段中出现了引号，但字段不是以引号开头；请给整个字段加上引号。</translation>
    </message>
    <message>
        <source>Text after the closing quote of a field.</source>
        <translation>字段的闭合引号之后还有文本。</translation>
    </message>
    <message>
        <source>The first row must name the columns (topic, partition, offset, timestamp, timestampType, key, value, headers); it names neither key nor value.</source>
        <translation>第一行必须写明各列（topic、partition、offset、timestamp、timestampType、key、value、headers）；但它既没有 key 也没有 value。</translation>
    </message>
    <message>
        <source>&quot;timestampType&quot; must be CreateTime or LogAppendTime.</source>
        <translation>“timestampType”必须是 CreateTime 或 LogAppendTime。</translation>
    </message>
    <message>
        <source>&quot;key&quot;: %1</source>
        <translation>“key”：%1</translation>
    </message>
    <message>
        <source>&quot;value&quot;: %1</source>
        <translation>“value”：%1</translation>
    </message>
    <message>
        <source>&quot;headers&quot; is not a JSON array: %1</source>
        <translation>“headers”不是 JSON 数组：%1</translation>
    </message>
</context>
<context>
    <name>samsa::app::RecordExportWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The export was already finished.</source>
        <translation>导出已经完成。</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>samsa::app::RecordFileReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>samsa::app::RecordJson</name>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>“%1”必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>&quot;base64&quot; holds text that is not base64.</source>
        <translation>“base64”中的文本不是 base64。</translation>
    </message>
    <message>
        <source>Bytes must be null, a string, or {&quot;base64&quot;: &quot;...&quot;}.</source>
        <translation>字节内容必须是 null、字符串或 {&quot;base64&quot;: &quot;...&quot;}。</translation>
    </message>
    <message>
        <source>&quot;headers&quot; must be an array of {&quot;key&quot;: ..., &quot;value&quot;: ...} objects.</source>
        <translation>“headers”必须是由 {&quot;key&quot;: ..., &quot;value&quot;: ...} 对象组成的数组。</translation>
    </message>
    <message>
        <source>Header %1 needs a &quot;key&quot; string.</source>
        <translation>消息头 %1 需要一个字符串类型的“key”。</translation>
    </message>
    <message>
        <source>Header %1: %2</source>
        <extracomment>%1 is the header&apos;s position, %2 what is wrong with it</extracomment>
        <translation>消息头 %1：%2</translation>
    </message>
    <message>
        <source>Not valid JSON at column %1: %2</source>
        <extracomment>%1 is a column number, %2 the JSON parser&apos;s explanation</extracomment>
        <translation>第 %1 列处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>Each line must be one JSON object.</source>
        <translation>每一行必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>&quot;topic&quot; must be a string.</source>
        <translation>“topic”必须是字符串。</translation>
    </message>
    <message>
        <source>&quot;timestampType&quot; must be &quot;CreateTime&quot; or &quot;LogAppendTime&quot;.</source>
        <translation>“timestampType”必须是“CreateTime”或“LogAppendTime”。</translation>
    </message>
    <message>
        <source>&quot;key&quot;: %1</source>
        <translation>“key”：%1</translation>
    </message>
    <message>
        <source>&quot;value&quot;: %1</source>
        <translation>“value”：%1</translation>
    </message>
</context>
<context>
    <name>samsa::app::RecordPageLoader</name>
    <message>
        <source>Partition %1 has no record at offset %2 any more.</source>
        <translation>分区 %1 的位移 %2 处已没有记录。</translation>
    </message>
</context>
<context>
    <name>samsa::app::SampleDataLoader</name>
    <message>
        <source>Cannot load sample data: %1</source>
        <translation>无法加载示例数据：%1</translation>
    </message>
    <message>
        <source>Cannot create the sample topics: %1</source>
        <translation>无法创建示例主题：%1</translation>
    </message>
    <message>
        <source>Cannot start the sample consumer group: %1</source>
        <translation>无法启动示例消费者组：%1</translation>
    </message>
    <message>
        <source>Producing sample data failed: %1</source>
        <translation>生产示例数据失败：%1</translation>
    </message>
</context>
<context>
    <name>samsa::app::SavedFilterStore</name>
    <message>
        <source>Give the filter a name.</source>
        <translation>请为过滤器命名。</translation>
    </message>
    <message>
        <source>Cannot save the filter “%1”: %2</source>
        <translation>无法保存过滤器“%1”：%2</translation>
    </message>
    <message>
        <source>No saved filter has id %1.</source>
        <translation>没有 ID 为 %1 的已保存过滤器。</translation>
    </message>
</context>
<context>
    <name>samsa::lab::RebalanceLab</name>
    <message>
        <source>Lab: %1 started (%2%3, processing %4 ms per message)</source>
        <extracomment>A line on the rebalance timeline. %1 is the consumer&apos;s client id, %2 the assignor.</extracomment>
        <translation>实验室：%1 已启动（%2%3，每条消息处理 %4 ms）</translation>
    </message>
    <message>
        <source>, static member</source>
        <translation>，静态成员</translation>
    </message>
    <message>
        <source>Lab: %1 stopped; it commits and leaves the group</source>
        <translation>实验室：%1 已停止；它会提交位移并离开消费者组</translation>
    </message>
    <message>
        <source>Lab: %1 killed without leaving; the coordinator drops it after session.timeout.ms (%2 ms)</source>
        <translation>实验室：%1 被强制终止，未离开消费者组；协调者会在 session.timeout.ms（%2 ms）后将其移除</translation>
    </message>
    <message>
        <source>The lab producer stopped: %1</source>
        <translation>实验室生产者已停止：%1</translation>
    </message>
</context>
<context>
    <name>samsa::monitor::HistoryStore</name>
    <message>
        <source>consumer group history database</source>
        <translation>消费者组历史数据库</translation>
    </message>
    <message>
        <source>The history database is not open.</source>
        <translation>历史数据库未打开。</translation>
    </message>
</context>
<context>
    <name>samsa::monitor::LagEvaluator</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sampled yet.</source>
        <translation>尚未采样。</translation>
    </message>
    <message>
        <source>The end of the log is not known.</source>
        <translation>日志末端未知。</translation>
    </message>
    <message>
        <source>The group has committed no offset for this partition.</source>
        <translation>该消费者组在此分区上没有提交过位移。</translation>
    </message>
    <message>
        <source>Caught up: every message has been consumed.</source>
        <translation>已追上：所有消息都已被消费。</translation>
    </message>
    <message>
        <source>Keeping up: the consumer reached the end of the log within the last %1.</source>
        <translation>跟得上：消费者在最近 %1 内到达过日志末端。</translation>
    </message>
    <message>
        <source>No commit for %1 while %2 messages wait: the consumer appears to be gone.</source>
        <translation>%1 内没有提交，而有 %2 条消息在等待：消费者似乎已经不在了。</translation>
    </message>
    <message>
        <source>Collecting samples to judge the trend.</source>
        <translation>正在收集样本以判断趋势。</translation>
    </message>
    <message>
        <source>The position has not moved for %1 while %2 messages wait: the consumer appears to be gone.</source>
        <translation>位移 %1 内没有移动，而有 %2 条消息在等待：消费者似乎已经不在了。</translation>
    </message>
    <message>
        <source>A member owns this partition, but its position has not moved for %1 while %2 messages wait.</source>
        <translation>有成员拥有此分区，但其位移 %1 内没有移动，而有 %2 条消息在等待。</translation>
    </message>
    <message>
        <source>No consumer is reading: the position stopped %1 ago with %2 messages unread.</source>
        <translation>没有消费者在读取：位移在 %1 前停止，还有 %2 条消息未读。</translation>
    </message>
    <message>
        <source>Falling behind: the consumer commits, but lag grew from %1 to %2 in %3.</source>
        <translation>逐渐落后：消费者在提交，但滞后在 %3 内从 %1 增长到 %2。</translation>
    </message>
    <message>
        <source>Consuming: lag is %1 (it was %2 %3 ago).</source>
        <translation>正在消费：滞后为 %1（%3 前为 %2）。</translation>
    </message>
    <message>
        <source>The group has no committed offsets to judge.</source>
        <translation>该消费者组没有可供判断的已提交位移。</translation>
    </message>
    <message numerus="yes">
        <source>All %n partition(s) are consumed normally.</source>
        <translation>
            <numerusform>全部 %n 个分区都在正常消费。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) like %1: </source>
        <extracomment>%1 is a partition such as orders-3; %n how many partitions share its status.</extracomment>
        <translation>
            <numerusform>%n 个分区与 %1 情况相同：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsa::monitor::LagStatus</name>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>STALL</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>ERR</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>停止</translation>
    </message>
</context>
<context>
    <name>samsa::monitor::MonitorWorker</name>
    <message>
        <source>Committed offsets could not be read: %1</source>
        <extracomment>%1 explains why the committed offsets could not be read.</extracomment>
        <translation>无法读取已提交的位移：%1</translation>
    </message>
    <message>
        <source>End offsets could not be read: %1</source>
        <translation>无法读取末端位移：%1</translation>
    </message>
    <message>
        <source>The exact rebalance history in __consumer_offsets cannot be read (%1); the timeline relies on polling alone.</source>
        <translation>无法读取 __consumer_offsets 中准确的重平衡历史（%1）；时间线只能依靠轮询。</translation>
    </message>
</context>
<context>
    <name>samsa::ui::AboutDialog</name>
    <message>
        <source>About Samsa</source>
        <translation>关于 Samsa</translation>
    </message>
    <message>
        <source>Samsa %1</source>
        <translation>Samsa %1</translation>
    </message>
    <message>
        <source>A desktop app for Apache Kafka, with a bundled Kafka-compatible broker.</source>
        <translation>Apache Kafka 桌面应用，内置与 Kafka 兼容的 Broker。</translation>
    </message>
    <message>
        <source>Free software, licensed under the %1.</source>
        <extracomment>%1 is the license&apos;s name, which stays in English.</extracomment>
        <translation>自由软件，按 %1 授权。</translation>
    </message>
    <message>
        <source>Apache Kafka is a trademark of the Apache Software Foundation. Samsa is not affiliated with it.</source>
        <translation>Apache Kafka 是 Apache 软件基金会的商标。Samsa 与其没有关联。</translation>
    </message>
    <message>
        <source>Runs with</source>
        <translation>运行环境</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Copy version information</source>
        <translation>复制版本信息</translation>
    </message>
    <message>
        <source>Copy the versions above as text, for a bug report</source>
        <translation>以文本形式复制以上版本信息，便于提交错误报告</translation>
    </message>
</context>
<context>
    <name>samsa::ui::AddPartitionsDialog</name>
    <message>
        <source>Add partitions to %1</source>
        <translation>为 %1 增加分区</translation>
    </message>
    <message>
        <source>Current partitions:</source>
        <translation>当前分区数：</translation>
    </message>
    <message>
        <source>The topic&apos;s partition count after the change, existing ones included.</source>
        <translation>变更后主题的分区总数，包括已有分区。</translation>
    </message>
    <message>
        <source>New total:</source>
        <translation>新的总数：</translation>
    </message>
    <message>
        <source>Partitions cannot be removed later. Producers that choose the partition from a record&apos;s key will send some keys to other partitions from now on, so records with the same key may no longer be in one partition, in order.</source>
        <translation>分区以后不能再删除。按记录的键选择分区的生产者，从现在起会把部分键发送到其他分区，因此相同键的记录可能不再有序地位于同一分区中。</translation>
    </message>
    <message>
        <source>Add partitions</source>
        <translation>增加分区</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ApiVersionsModel</name>
    <message>
        <source>Unknown API %1</source>
        <translation>未知 API %1</translation>
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
        <translation>最低版本</translation>
    </message>
    <message>
        <source>Max version</source>
        <translation>最高版本</translation>
    </message>
    <message>
        <source>The request&apos;s API key on the wire.</source>
        <translation>请求在网络协议中的 API key。</translation>
    </message>
    <message>
        <source>The oldest version of this request the broker accepts.</source>
        <translation>Broker 接受的此请求的最旧版本。</translation>
    </message>
    <message>
        <source>The newest version the broker accepts; clients use the highest version both sides know.</source>
        <translation>Broker 接受的最新版本；客户端使用双方都支持的最高版本。</translation>
    </message>
</context>
<context>
    <name>samsa::ui::BrokerConfigModel</name>
    <message>
        <source>Read-only: changing it needs a broker restart.</source>
        <translation>只读：修改它需要重启 Broker。</translation>
    </message>
    <message>
        <source>%1 = %2 (%3)</source>
        <translation>%1 = %2（%3）</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <source>Resolved from:</source>
        <translation>取值来源：</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <extracomment>Shown instead of a password or other secret config value.</extracomment>
        <translation>（已隐藏）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Where the value comes from: the built-in default, the broker&apos;s properties file, or a dynamic change made at run time.</source>
        <translation>值的来源：内置默认值、Broker 的属性文件，或运行时的动态修改。</translation>
    </message>
</context>
<context>
    <name>samsa::ui::BrokerTableModel</name>
    <message>
        <source>This broker is the active controller: it manages partition leadership and the cluster&apos;s metadata.</source>
        <translation>此 Broker 是活跃的控制器：它管理分区领导权和集群元数据。</translation>
    </message>
    <message>
        <source>★ controller</source>
        <extracomment>Marks the broker that is the cluster&apos;s controller, in a table column.</extracomment>
        <translation>★ 控制器</translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>Broker id column header.</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>机架</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>控制器</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>磁盘占用</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>领导者</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>The broker&apos;s node.id, unique in the cluster.</source>
        <translation>Broker 的 node.id，在集群中唯一。</translation>
    </message>
    <message>
        <source>The host and port clients are told to connect to.</source>
        <translation>告知客户端连接的主机和端口。</translation>
    </message>
    <message>
        <source>The broker&apos;s broker.rack. Replicas of a partition are spread over racks, so losing one rack does not lose data.</source>
        <translation>Broker 的 broker.rack。分区的副本分布在不同机架上，因此失去一个机架不会丢失数据。</translation>
    </message>
    <message>
        <source>The controller manages partition leadership and the cluster&apos;s metadata; exactly one broker holds the role at a time.</source>
        <translation>控制器管理分区领导权和集群元数据；任何时刻都只有一个 Broker 担任此角色。</translation>
    </message>
    <message>
        <source>Bytes of partition data in the broker&apos;s log directories.</source>
        <translation>Broker 日志目录中分区数据的字节数。</translation>
    </message>
    <message>
        <source>Partitions this broker leads: it serves their produce and fetch requests.</source>
        <translation>此 Broker 作为领导者的分区：由它处理这些分区的生产和拉取请求。</translation>
    </message>
    <message>
        <source>Partition replicas stored on this broker, leaders included.</source>
        <translation>存储在此 Broker 上的分区副本，包括领导者副本。</translation>
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
        <translation>重新读取 Broker 列表和所选 Broker 的配置。</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Filter by name or value</source>
        <translation>按名称或值过滤</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>未连接到集群。</translation>
    </message>
    <message>
        <source>Could not read the brokers: %1</source>
        <translation>无法读取 Broker：%1</translation>
    </message>
    <message>
        <source>Configuration of broker %1</source>
        <extracomment>%1 is a broker id.</extracomment>
        <translation>Broker %1 的配置</translation>
    </message>
    <message>
        <source>Could not read the configs of broker %1: %2</source>
        <translation>无法读取 Broker %1 的配置：%2</translation>
    </message>
    <message>
        <source>Loading the configs…</source>
        <translation>正在加载配置…</translation>
    </message>
    <message>
        <source>Loading the brokers…</source>
        <translation>正在加载 Broker…</translation>
    </message>
    <message>
        <source>No broker to show.</source>
        <translation>没有可显示的 Broker。</translation>
    </message>
    <message>
        <source>Select a broker to see its configuration.</source>
        <translation>选择一个 Broker 查看其配置。</translation>
    </message>
    <message>
        <source>The broker reported no configs.</source>
        <translation>该 Broker 没有报告任何配置。</translation>
    </message>
    <message>
        <source>No config matches “%1”.</source>
        <translation>没有与“%1”匹配的配置。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>samsa::ui::BrowseBar</name>
    <message>
        <source>Browse one partition, or all of them</source>
        <translation>浏览一个分区，或全部分区</translation>
    </message>
    <message>
        <source>All partitions</source>
        <translation>全部分区</translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>The oldest record the log still holds</source>
        <translation>日志中仍保存的最旧记录</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Only records that arrive from now on (turn on Live)</source>
        <translation>只显示从现在起到达的记录（请打开实时）</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>位移</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From the first record at or after this time (ListOffsets by timestamp)</source>
        <translation>从该时间点或之后的第一条记录开始（按时间戳的 ListOffsets）</translation>
    </message>
    <message>
        <source>Last messages</source>
        <translation>最近的消息</translation>
    </message>
    <message>
        <source>The newest records of each partition</source>
        <translation>每个分区最新的记录</translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation>消费者组</translation>
    </message>
    <message>
        <source>From where a consumer group will read next (its committed offsets)</source>
        <translation>从消费者组下一次将读取的位置开始（其已提交的位移）</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Local time; records carry their timestamp in milliseconds since 1970 (UTC)</source>
        <translation>本地时间；记录的时间戳以自 1970 年（UTC）起的毫秒数表示</translation>
    </message>
    <message>
        <source> per partition</source>
        <extracomment>Suffix of the &quot;last N messages&quot; spin box.</extracomment>
        <translation> 条/分区</translation>
    </message>
    <message>
        <source>The consumer group whose committed offsets to start from</source>
        <translation>作为起始位置的消费者组（使用其已提交的位移）</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>Show the records from the chosen start</source>
        <translation>显示从所选起点开始的记录</translation>
    </message>
    <message>
        <source>By partition</source>
        <translation>按分区</translation>
    </message>
    <message>
        <source>Each partition&apos;s records in offset order, one partition after another</source>
        <translation>按位移顺序逐个分区显示每个分区的记录</translation>
    </message>
    <message>
        <source>By time</source>
        <translation>按时间</translation>
    </message>
    <message>
        <source>All partitions merged by record timestamp</source>
        <translation>所有分区按记录时间戳合并</translation>
    </message>
    <message>
        <source>How the records of several partitions are put in one list</source>
        <translation>如何把多个分区的记录放进一个列表</translation>
    </message>
    <message>
        <source>&amp;Newest first</source>
        <translation>最新的在前(&amp;N)</translation>
    </message>
    <message>
        <source>Show the newest record at the top</source>
        <translation>把最新的记录显示在最上方</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>实时(&amp;L)</translation>
    </message>
    <message>
        <source>Show new records as producers write them (Ctrl+L)</source>
        <translation>在生产者写入时显示新记录（Ctrl+L）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop taking in new records for a moment; they are shown when you resume</source>
        <translation>暂时停止接收新记录；恢复后会显示这些记录</translation>
    </message>
    <message>
        <source>Keep the newest record in view while live</source>
        <translation>实时模式下保持最新记录可见</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>更早</translation>
    </message>
    <message>
        <source>Also show the records before the start</source>
        <translation>同时显示起点之前的记录</translation>
    </message>
    <message>
        <source>offset or partition:offset</source>
        <translation>位移或 分区:位移</translation>
    </message>
    <message>
        <source>Go to a record: its offset, or partition:offset (Ctrl+G)</source>
        <translation>转到某条记录：输入其位移，或 分区:位移（Ctrl+G）</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>转到</translation>
    </message>
    <message>
        <source>Every record, records of aborted transactions struck through</source>
        <translation>所有记录，已中止事务的记录加删除线</translation>
    </message>
    <message>
        <source>What a consumer with isolation.level=read_committed sees: no records of aborted transactions</source>
        <translation>isolation.level=read_committed 的消费者所看到的：不含已中止事务的记录</translation>
    </message>
    <message>
        <source>isolation.level: whether records of aborted transactions are shown</source>
        <translation>isolation.level：是否显示已中止事务的记录</translation>
    </message>
    <message>
        <source>&amp;Markers</source>
        <translation>标记(&amp;M)</translation>
    </message>
    <message>
        <source>Show the COMMIT and ABORT control records that end transactions as rows</source>
        <translation>把结束事务的 COMMIT 和 ABORT 控制记录显示为行</translation>
    </message>
    <message>
        <source>&amp;Batches</source>
        <translation>批次(&amp;B)</translation>
    </message>
    <message>
        <source>Draw a line where each record batch (one producer request, compressed as a whole) starts</source>
        <translation>在每个记录批次（一次生产者请求，整体压缩）的起点画一条线</translation>
    </message>
    <message>
        <source>&amp;Auto-scroll</source>
        <translation>自动滚动(&amp;A)</translation>
    </message>
    <message>
        <source>From one offset in each partition, or from an offset per partition</source>
        <translation>从每个分区的同一位移开始，或为每个分区指定位移</translation>
    </message>
    <message>
        <source>120, or 0:120, 1:80</source>
        <extracomment>Placeholder of the Offset start; keep the example pairs as they are.</extracomment>
        <translation>120，或 0:120, 1:80</translation>
    </message>
    <message>
        <source>One offset for every partition browsed, or partition:offset pairs such as 0:120, 1:80; partitions not listed start at their earliest record. An offset outside a partition&apos;s log starts at its nearest end.</source>
        <translation>一个位移用于所浏览的每个分区，或输入 分区:位移 对，例如 0:120, 1:80；未列出的分区从最早的记录开始。超出分区日志范围的位移从最近的一端开始。</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ClusterOverviewPage</name>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>The id the cluster was formatted with; every broker of the cluster reports the same one.</source>
        <translation>集群格式化时使用的 ID；集群中每个 Broker 报告的都相同。</translation>
    </message>
    <message>
        <source>Cluster ID:</source>
        <translation>集群 ID：</translation>
    </message>
    <message>
        <source>The broker that manages partition leadership and the cluster&apos;s metadata.</source>
        <translation>管理分区领导权和集群元数据的 Broker。</translation>
    </message>
    <message>
        <source>Controller:</source>
        <translation>控制器：</translation>
    </message>
    <message>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message numerus="yes">
        <source>Read the cluster&apos;s state again. While this page is visible it is also re-read every %n second(s).</source>
        <translation>
            <numerusform>重新读取集群状态。此页面可见时，每 %n 秒也会自动重新读取一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Topics created by users. Internal topics such as __consumer_offsets are counted in the line below.</source>
        <translation>用户创建的主题。__consumer_offsets 等内部主题计入下面一行。</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Partitions of the topics above; each is an ordered log with its own offsets.</source>
        <translation>以上主题的分区；每个分区都是一个有序的日志，有自己的位移。</translation>
    </message>
    <message>
        <source>Under-replicated</source>
        <translation>副本不足</translation>
    </message>
    <message>
        <source>Partitions whose in-sync replica set (ISR) is smaller than their replica set: a follower has fallen behind or its broker is down, so one more failure may lose data.</source>
        <translation>同步副本集合（ISR）小于副本集合的分区：有追随者副本落后了或其 Broker 已停止，再发生一次故障就可能丢失数据。</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Partitions without a leader: nobody can produce to or consume from them until a replica comes back.</source>
        <translation>没有领导者副本的分区：在副本恢复之前，任何人都无法向其生产或从中消费。</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>磁盘占用</translation>
    </message>
    <message>
        <source>Bytes of partition data in every broker&apos;s log directories (replicas counted on each broker).</source>
        <translation>所有 Broker 日志目录中分区数据的字节数（每个 Broker 上的副本都计入）。</translation>
    </message>
    <message>
        <source>Local cluster</source>
        <translation>本地集群</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the bootstrap address, to give to other Kafka clients (bootstrap.servers).</source>
        <translation>复制引导地址，提供给其他 Kafka 客户端（bootstrap.servers）。</translation>
    </message>
    <message>
        <source>Bootstrap servers:</source>
        <translation>引导服务器：</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>数据目录：</translation>
    </message>
    <message>
        <source>%1, %2 as %3</source>
        <extracomment>%1 security protocol, %2 SASL mechanism, %3 user name.</extracomment>
        <translation>%1，%2，用户 %3</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>安全：</translation>
    </message>
    <message>
        <source>Kafka protocol</source>
        <translation>Kafka 协议</translation>
    </message>
    <message>
        <source>The requests the broker accepts and their version ranges (its ApiVersions answer).</source>
        <translation>Broker 接受的请求及其版本范围（它对 ApiVersions 的应答）。</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>Could not read the cluster&apos;s state: %1</source>
        <translation>无法读取集群状态：%1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>none elected</source>
        <translation>尚未选出</translation>
    </message>
    <message>
        <source>broker %1 at %2</source>
        <extracomment>%1 broker id, %2 host:port.</extracomment>
        <translation>Broker %1，位于 %2</translation>
    </message>
    <message>
        <source>broker %1</source>
        <translation>Broker %1</translation>
    </message>
    <message>
        <source>no racks set</source>
        <translation>未设置机架</translation>
    </message>
    <message>
        <source>racks: %1</source>
        <translation>机架：%1</translation>
    </message>
    <message>
        <source>The cluster reported no brokers.</source>
        <translation>集群没有报告任何 Broker。</translation>
    </message>
    <message>
        <source>%1 with internal topics</source>
        <translation>含内部主题共 %1</translation>
    </message>
    <message>
        <source>ISR smaller than replicas</source>
        <translation>ISR 小于副本数</translation>
    </message>
    <message>
        <source>all replicas in sync</source>
        <translation>所有副本均已同步</translation>
    </message>
    <message>
        <source>without a leader</source>
        <translation>没有领导者</translation>
    </message>
    <message>
        <source>every partition has a leader</source>
        <translation>每个分区都有领导者</translation>
    </message>
    <message>
        <source>log directories: %1</source>
        <translation>日志目录：%1</translation>
    </message>
    <message>
        <source>%1 APIs, as advertised by %2</source>
        <extracomment>Follows &quot;Kafka protocol&quot;; %1 is a count of APIs (always many), %2 a host:port.</extracomment>
        <translation>%1 个 API，由 %2 通告</translation>
    </message>
    <message>
        <source>the broker did not list any API</source>
        <translation>Broker 没有列出任何 API</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>未连接到 %1。</translation>
    </message>
    <message>
        <source>none while the cluster is not running</source>
        <translation>集群未运行时为空</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>Failed at %1</source>
        <extracomment>%1 is a time of day; the error itself is shown below.</extracomment>
        <translation>%1 时失败</translation>
    </message>
    <message>
        <source>The brokers could not be read; see the message above.</source>
        <translation>无法读取 Broker；请查看上方的消息。</translation>
    </message>
    <message>
        <source>The local cluster is not running. Start it from the Cluster menu to see its brokers and topics.</source>
        <translation>本地集群未运行。请从“集群”菜单启动它，以查看其 Broker 和主题。</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ClusterServices</name>
    <message>
        <source>Local cluster</source>
        <translation>本地集群</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ConfigEditDialog</name>
    <message>
        <source>Edit %1 of %2</source>
        <extracomment>%1 is a config key such as retention.ms, %2 the topic name.</extracomment>
        <translation>编辑 %2 的 %1</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>（已隐藏）</translation>
    </message>
    <message>
        <source>Current value:</source>
        <translation>当前值：</translation>
    </message>
    <message>
        <source>Set by:</source>
        <translation>设置来源：</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>默认值：</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>新值：</translation>
    </message>
    <message>
        <source>values separated by commas</source>
        <translation>多个值以逗号分隔</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Remove this topic&apos;s override so the broker&apos;s value applies.</source>
        <translation>删除此主题的覆盖设置，改用 Broker 的值。</translation>
    </message>
    <message>
        <source>The topic does not override this setting.</source>
        <translation>该主题没有覆盖此设置。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入一个数字。</translation>
    </message>
    <message>
        <source>Enter a decimal number.</source>
        <translation>请输入一个小数。</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>数字太大。</translation>
    </message>
    <message>
        <source>Enter a number between %1 and %2.</source>
        <translation>请输入 %1 到 %2 之间的数字。</translation>
    </message>
    <message>
        <source>That is %1.</source>
        <extracomment>Shown under a number typed for a config, e.g. &quot;That is 1 day.&quot;</extracomment>
        <translation>即 %1。</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ConfigEntryDelegate</name>
    <message>
        <source>config name, e.g. max.message.bytes</source>
        <translation>配置名称，例如 max.message.bytes</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ConfigOverridesModel</name>
    <message>
        <source>Config</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Default / problem</source>
        <extracomment>Column that shows a config&apos;s default or what is wrong with the row.</extracomment>
        <translation>默认值 / 问题</translation>
    </message>
    <message>
        <source>Choose a config name.</source>
        <translation>请选择一个配置名称。</translation>
    </message>
    <message>
        <source>Not a topic config.</source>
        <translation>不是主题配置。</translation>
    </message>
    <message>
        <source>Already set by a field above.</source>
        <translation>已由上方的字段设置。</translation>
    </message>
    <message>
        <source>Set twice; keep one row.</source>
        <translation>设置了两次；请只保留一行。</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>请输入一个值。</translation>
    </message>
    <message>
        <source>Default: none</source>
        <translation>默认值：无</translation>
    </message>
    <message>
        <source>Default: empty</source>
        <translation>默认值：空</translation>
    </message>
    <message>
        <source>no limit</source>
        <extracomment>The largest possible value of a config, which Kafka uses as &quot;no limit&quot;.</extracomment>
        <translation>无限制</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>默认值：%1</translation>
    </message>
    <message>
        <source>Default: %1 (%2)</source>
        <translation>默认值：%1（%2）</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ConfigSource</name>
    <message>
        <source>topic override</source>
        <extracomment>The value was set on this topic (Kafka&apos;s DYNAMIC_TOPIC_CONFIG).</extracomment>
        <translation>主题覆盖</translation>
    </message>
    <message>
        <source>broker (dynamic)</source>
        <extracomment>Set at run time for one broker (DYNAMIC_BROKER_CONFIG).</extracomment>
        <translation>Broker（动态）</translation>
    </message>
    <message>
        <source>cluster default (dynamic)</source>
        <extracomment>Set at run time as the default of every broker (DYNAMIC_DEFAULT_BROKER_CONFIG).</extracomment>
        <translation>集群默认值（动态）</translation>
    </message>
    <message>
        <source>broker (static)</source>
        <extracomment>Set in the broker&apos;s server.properties (STATIC_BROKER_CONFIG).</extracomment>
        <translation>Broker（静态）</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>Kafka&apos;s built-in default (DEFAULT_CONFIG).</extracomment>
        <translation>默认值</translation>
    </message>
    <message>
        <source>broker logger</source>
        <extracomment>A broker&apos;s logger level set at run time (DYNAMIC_BROKER_LOGGER_CONFIG).</extracomment>
        <translation>Broker 日志记录器</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ConfigsModel</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>（已隐藏）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Read-only: this setting cannot be changed on a topic.</source>
        <translation>只读：此设置不能在主题上修改。</translation>
    </message>
    <message>
        <source>This topic overrides the default.</source>
        <translation>此主题覆盖了默认值。</translation>
    </message>
    <message>
        <source>Set on this topic; it applies to this topic only.</source>
        <translation>在此主题上设置；只对此主题生效。</translation>
    </message>
    <message>
        <source>Kafka&apos;s built-in default; neither the topic nor the broker sets it.</source>
        <translation>Kafka 内置默认值；主题和 Broker 都没有设置它。</translation>
    </message>
    <message>
        <source>Inherited from the broker&apos;s configuration; override it to change this topic only.</source>
        <translation>继承自 Broker 的配置；覆盖它只会改变此主题。</translation>
    </message>
    <message>
        <source>Without the override, the broker&apos;s %1 applies.</source>
        <translation>没有覆盖时，使用 Broker 的 %1。</translation>
    </message>
    <message>
        <source>The broker did not say what applies without the override.</source>
        <translation>Broker 没有说明没有覆盖时使用什么值。</translation>
    </message>
    <message>
        <source>The value this topic has when it does not override the setting.</source>
        <translation>此主题不覆盖该设置时的取值。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ConfigsTab</name>
    <message>
        <source>Filter by name or value…</source>
        <translation>按名称或值过滤…</translation>
    </message>
    <message>
        <source>Show only overrides</source>
        <translation>只显示覆盖项</translation>
    </message>
    <message>
        <source>Show only the settings this topic sets itself, rather than inheriting them from the broker.</source>
        <translation>只显示此主题自己设置的项，而不显示从 Broker 继承的项。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change the selected setting for this topic (Enter or double-click)</source>
        <translation>修改此主题的所选设置（回车或双击）</translation>
    </message>
    <message>
        <source>Could not load the topic&apos;s configuration: %1</source>
        <translation>无法加载主题的配置：%1</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <extracomment>%1 is a config key such as retention.ms, %2 the broker&apos;s reason.</extracomment>
        <translation>无法修改 %1：%2</translation>
    </message>
    <message>
        <source>%1 now uses the default again.</source>
        <translation>%1 已恢复使用默认值。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <extracomment>%1 is a config key, %2 its new value.</extracomment>
        <translation>%1 现在为 %2。</translation>
    </message>
    <message>
        <source>Loading configuration…</source>
        <translation>正在加载配置…</translation>
    </message>
    <message>
        <source>The configuration could not be loaded. Press F5 to try again.</source>
        <translation>无法加载配置。按 F5 重试。</translation>
    </message>
    <message>
        <source>The broker reported no settings for this topic.</source>
        <translation>Broker 没有报告此主题的任何设置。</translation>
    </message>
    <message>
        <source>This topic overrides no settings; it uses the broker&apos;s defaults for all of them.</source>
        <translation>此主题没有覆盖任何设置；全部使用 Broker 的默认值。</translation>
    </message>
    <message>
        <source>No setting matches the filter.</source>
        <translation>没有与过滤条件匹配的设置。</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 是只读的。</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ConnectionExplanations</name>
    <message>
        <source>The name server did not answer in time. Check the network connection (or VPN) of this computer and try again.</source>
        <translation>域名服务器没有及时应答。请检查本机的网络连接（或 VPN）后重试。</translation>
    </message>
    <message>
        <source>Unknown host: the host name could not be found. Check its spelling, and whether the name only exists inside a VPN or another network.</source>
        <translation>未知主机：找不到该主机名。请检查拼写，以及该名称是否只存在于 VPN 或其他网络内。</translation>
    </message>
    <message>
        <source>Nothing is listening on that port: the host answered, but refused the connection. Check the port number (Kafka often uses 9092, or 9093 for TLS) and that the broker is running.</source>
        <translation>该端口上没有服务在监听：主机有应答，但拒绝了连接。请检查端口号（Kafka 通常使用 9092，TLS 常用 9093），以及 Broker 是否正在运行。</translation>
    </message>
    <message>
        <source>No answer from the host: it is unreachable from here or a firewall silently drops the connection. Check the address, the VPN, and the firewall or security-group rules for this port.</source>
        <translation>主机没有应答：从这里无法到达它，或者防火墙静默丢弃了连接。请检查地址、VPN，以及该端口的防火墙或安全组规则。</translation>
    </message>
    <message>
        <source>There is no network route to this host. Check the network connection (or VPN) of this computer.</source>
        <translation>没有到达该主机的网络路由。请检查本机的网络连接（或 VPN）。</translation>
    </message>
    <message>
        <source>The connection could not be opened.</source>
        <translation>无法打开连接。</translation>
    </message>
    <message>
        <source>This port does not speak TLS: the server did not answer the TLS handshake. Choose PLAINTEXT or SASL_PLAINTEXT, or use the broker&apos;s TLS port.</source>
        <translation>该端口不使用 TLS：服务器没有响应 TLS 握手。请选择 PLAINTEXT 或 SASL_PLAINTEXT，或使用 Broker 的 TLS 端口。</translation>
    </message>
    <message>
        <source>Hostname mismatch: the broker&apos;s certificate was issued for another name than the one in the bootstrap servers. Use the host name the certificate lists.</source>
        <translation>主机名不匹配：Broker 的证书签发给的名称与引导服务器中的名称不同。请使用证书中列出的主机名。</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate has expired (or is not valid yet). Check the certificate and the clock of this computer.</source>
        <translation>Broker 的证书已过期（或尚未生效）。请检查证书和本机的时钟。</translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not trusted, or it does not name this host. Choose the CA file that signed the broker&apos;s certificate, and use the host name the certificate was issued for.</source>
        <translation>Broker 的证书不受信任，或证书中没有这个主机名。请选择签发 Broker 证书的 CA 文件，并使用证书签发时的主机名。</translation>
    </message>
    <message>
        <source>The broker requires a client certificate (mutual TLS). Choose the client certificate and key the cluster&apos;s administrators issued for you.</source>
        <translation>Broker 要求客户端证书（双向 TLS）。请选择集群管理员为你签发的客户端证书和私钥。</translation>
    </message>
    <message>
        <source>The broker rejected the client certificate. Check that it is the one issued for this cluster and that it has not expired.</source>
        <translation>Broker 拒绝了客户端证书。请确认它是为此集群签发的，并且没有过期。</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish in time. The port may not speak TLS: choose PLAINTEXT or SASL_PLAINTEXT, or use the broker&apos;s TLS port.</source>
        <translation>TLS 握手没有及时完成。该端口可能不使用 TLS：请选择 PLAINTEXT 或 SASL_PLAINTEXT，或使用 Broker 的 TLS 端口。</translation>
    </message>
    <message>
        <source>The TLS handshake failed.</source>
        <translation>TLS 握手失败。</translation>
    </message>
    <message>
        <source>Not a Kafka broker: the server accepted the connection but did not answer the Kafka handshake (ApiVersions). Check the port; it may belong to another service.</source>
        <translation>不是 Kafka Broker：服务器接受了连接，但没有响应 Kafka 握手（ApiVersions）。请检查端口；它可能属于其他服务。</translation>
    </message>
    <message>
        <source>If it is a Kafka listener that expects TLS, choose SSL or SASL_SSL.</source>
        <translation>如果这是要求 TLS 的 Kafka 监听器，请选择 SSL 或 SASL_SSL。</translation>
    </message>
    <message>
        <source>The broker is too old: it supports no ApiVersions version this app knows.</source>
        <translation>Broker 版本太旧：它不支持本应用认识的任何 ApiVersions 版本。</translation>
    </message>
    <message>
        <source>Authentication failed: wrong user name or password. Check both, and that the user exists for the chosen mechanism (SCRAM credentials are set per mechanism).</source>
        <translation>认证失败：用户名或密码错误。请检查两者，并确认该用户在所选机制下存在（SCRAM 凭据按机制分别设置）。</translation>
    </message>
    <message>
        <source>The broker does not have this SASL mechanism enabled. Choose another mechanism.</source>
        <translation>Broker 没有启用此 SASL 机制。请选择其他机制。</translation>
    </message>
    <message>
        <source>The broker does not have this SASL mechanism enabled. It offers: %1.</source>
        <extracomment>%1 lists SASL mechanisms such as &quot;PLAIN, SCRAM-SHA-512&quot;.</extracomment>
        <translation>Broker 没有启用此 SASL 机制。它支持：%1。</translation>
    </message>
    <message>
        <source>The broker did not take part in SASL authentication. This port is probably not a SASL listener: choose PLAINTEXT or SSL, or use the broker&apos;s SASL port.</source>
        <translation>Broker 没有参与 SASL 认证。该端口可能不是 SASL 监听器：请选择 PLAINTEXT 或 SSL，或使用 Broker 的 SASL 端口。</translation>
    </message>
    <message>
        <source>The broker dropped the connection during authentication. The port may not be a SASL listener, or the mechanism may not be enabled.</source>
        <translation>Broker 在认证过程中断开了连接。该端口可能不是 SASL 监听器，或者该机制没有启用。</translation>
    </message>
    <message>
        <source>Authentication failed.</source>
        <translation>认证失败。</translation>
    </message>
    <message>
        <source>These settings cannot be used.</source>
        <translation>无法使用这些设置。</translation>
    </message>
    <message>
        <source>Connected and authenticated, but this user may not read the cluster&apos;s metadata. Ask the cluster&apos;s administrators for Describe permission.</source>
        <translation>已连接并通过认证，但该用户无权读取集群元数据。请向集群管理员申请 Describe 权限。</translation>
    </message>
    <message>
        <source>Connected, but the broker did not answer a metadata request in time. It may be starting up or overloaded.</source>
        <translation>已连接，但 Broker 没有及时响应元数据请求。它可能正在启动或负载过高。</translation>
    </message>
    <message>
        <source>The broker closed the connection on the first request. The listener probably requires authentication: choose SASL_PLAINTEXT or SASL_SSL.</source>
        <translation>Broker 在第一个请求时就关闭了连接。该监听器可能要求认证：请选择 SASL_PLAINTEXT 或 SASL_SSL。</translation>
    </message>
    <message>
        <source>The broker closed the connection on the first request.</source>
        <translation>Broker 在第一个请求时就关闭了连接。</translation>
    </message>
    <message>
        <source>Connected, but the broker refused a metadata request.</source>
        <translation>已连接，但 Broker 拒绝了元数据请求。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <extracomment>Follows the explanation of a failed connection; %1 is the technical error.</extracomment>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>Resolve host</source>
        <translation>解析主机</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS 握手</translation>
    </message>
    <message>
        <source>Kafka handshake</source>
        <extracomment>Kafka&apos;s ApiVersions request: the first exchange on every connection.</extracomment>
        <translation>Kafka 握手</translation>
    </message>
    <message>
        <source>Authenticate</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Metadata request</source>
        <translation>元数据请求</translation>
    </message>
    <message numerus="yes">
        <source>resolved to %n address(es)</source>
        <translation>
            <numerusform>解析到 %n 个地址</numerusform>
        </translation>
    </message>
    <message>
        <source>connected to %1</source>
        <extracomment>%1 is the address and port connected to.</extracomment>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>ApiVersions answered (%1)</source>
        <extracomment>%1 is like &quot;v3, 60 APIs&quot;.</extracomment>
        <translation>ApiVersions 已应答（%1）</translation>
    </message>
    <message>
        <source>authenticated as %1 (%2)</source>
        <extracomment>%1 is the user name, %2 the SASL mechanism.</extracomment>
        <translation>已认证为 %1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n broker(s)</source>
        <translation>
            <numerusform>%n 个 Broker</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in cluster %2</source>
        <extracomment>%1 is the broker count (&quot;3 brokers&quot;), %2 the cluster id.</extracomment>
        <translation>%1，集群 %2</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ConnectionTestPanel</name>
    <message>
        <source>Cancel test</source>
        <translation>取消测试</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>连接测试</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <extracomment>%1 lists the bootstrap servers being tested.</extracomment>
        <translation>正在测试 %1…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
    <message>
        <source>works (broker %1)</source>
        <translation>成功（Broker %1）</translation>
    </message>
    <message>
        <source>works</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed at: %1</source>
        <extracomment>%1 is the step that failed, such as &quot;TLS handshake&quot;.</extracomment>
        <translation>失败于：%1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Elapsed time of a connection step, in milliseconds.</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未执行</translation>
    </message>
    <message numerus="yes">
        <source>Connection works: %n bootstrap server(s) passed every step.</source>
        <translation>
            <numerusform>连接正常：%n 个引导服务器通过了所有步骤。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cluster has %n broker(s).</source>
        <translation>
            <numerusform>该集群有 %n 个 Broker。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 bootstrap servers failed; the cluster is reachable through the others.</source>
        <extracomment>Shown when some bootstrap servers work and others do not.</extracomment>
        <translation>%2 个引导服务器中有 %1 个失败；可以通过其他服务器访问集群。</translation>
    </message>
</context>
<context>
    <name>samsa::ui::CreateTopicDialog</name>
    <message>
        <source>Create Topic</source>
        <translation>创建主题</translation>
    </message>
    <message>
        <source>e.g. orders or payments.v1</source>
        <translation>例如 orders 或 payments.v1</translation>
    </message>
    <message>
        <source>Up to %1 letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>最多 %1 个字母、数字、“.”、“_”和“-”。</translation>
    </message>
    <message>
        <source>Partitions split a topic for parallel consumers; order is kept within a partition. Partitions can be added later, not removed.</source>
        <translation>分区把主题拆分开，供多个消费者并行消费；顺序只在分区内保持。分区以后可以增加，但不能删除。</translation>
    </message>
    <message>
        <source>How many brokers keep a copy of each partition. It cannot exceed the number of brokers.</source>
        <translation>每个分区由多少个 Broker 保存副本。不能超过 Broker 的数量。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Partitions:</source>
        <translation>分区数(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Replication factor:</source>
        <translation>副本因子(&amp;R)：</translation>
    </message>
    <message>
        <source>Configs</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>More configs</source>
        <translation>更多配置</translation>
    </message>
    <message>
        <source>&amp;Validate only</source>
        <translation>仅验证(&amp;V)</translation>
    </message>
    <message>
        <source>Ask the cluster whether it would create this topic, without creating it.</source>
        <translation>询问集群是否会创建此主题，但不真正创建。</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>The cluster has %n broker(s); the replication factor cannot be higher.</source>
        <translation>
            <numerusform>该集群有 %n 个 Broker；副本因子不能比它更大。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the configs marked in the table first.</source>
        <translation>请先修正表格中标出的配置。</translation>
    </message>
    <message>
        <source>Asking the cluster…</source>
        <translation>正在询问集群…</translation>
    </message>
    <message>
        <source>Creating the topic…</source>
        <translation>正在创建主题…</translation>
    </message>
    <message>
        <source>The cluster would refuse this topic: %1</source>
        <translation>集群会拒绝此主题：%1</translation>
    </message>
    <message>
        <source>Could not create &quot;%1&quot;: %2</source>
        <translation>无法创建“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>The cluster accepts this topic: %n partition(s), replication factor %1. Nothing was created.</source>
        <translation>
            <numerusform>集群接受此主题：%n 个分区，副本因子 %1。没有创建任何内容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsa::ui::DeliveryOptions</name>
    <message>
        <source>By key hash</source>
        <translation>按键哈希</translation>
    </message>
    <message>
        <source>Records with the same key always go to the same partition: murmur2 of the key, as Kafka&apos;s Java client computes it. Records without a key are spread round-robin.</source>
        <translation>相同键的记录总是发往同一分区：对键做 murmur2 哈希，与 Kafka Java 客户端的算法相同。没有键的记录轮询分布。</translation>
    </message>
    <message>
        <source>Round-robin</source>
        <translation>轮询</translation>
    </message>
    <message>
        <source>Each record goes to the next partition in turn, whatever its key.</source>
        <translation>每条记录依次发往下一个分区，与键无关。</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Each record goes to a partition chosen at random.</source>
        <translation>每条记录发往随机选择的分区。</translation>
    </message>
    <message>
        <source>One partition</source>
        <translation>单个分区</translation>
    </message>
    <message>
        <source>Every record goes to the partition given below.</source>
        <translation>每条记录都发往下面指定的分区。</translation>
    </message>
    <message>
        <source>How each record&apos;s partition is chosen. Order is kept within a partition only, so records that must stay in order need the same partition.</source>
        <translation>如何为每条记录选择分区。顺序只在分区内保持，因此需要保持顺序的记录必须使用同一分区。</translation>
    </message>
    <message>
        <source>Partitions are numbered from 0.</source>
        <translation>分区从 0 开始编号。</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>compression codec: no compression</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>The codec each batch is compressed with. The broker keeps it as sent unless the topic&apos;s compression.type says otherwise.</source>
        <translation>压缩每个批次所用的编码。除非主题的 compression.type 另有规定，Broker 会保持发送时的压缩方式。</translation>
    </message>
    <message>
        <source>all (every in-sync replica)</source>
        <extracomment>acks=all: the leader waits for every in-sync replica</extracomment>
        <translation>all（所有同步副本）</translation>
    </message>
    <message>
        <source>1 (leader only)</source>
        <extracomment>acks=1: the leader alone has written the record</extracomment>
        <translation>1（仅领导者副本）</translation>
    </message>
    <message>
        <source>0 (no answer)</source>
        <extracomment>acks=0: the producer does not wait for any answer</extracomment>
        <translation>0（不等待应答）</translation>
    </message>
    <message>
        <source>What the broker confirms before a record counts as sent. &quot;all&quot; survives the loss of the leader; &quot;1&quot; may lose records the followers had not copied yet; &quot;0&quot; gets no answer at all, so offsets and errors stay unknown.</source>
        <translation>记录被视为发送成功之前 Broker 需要确认的内容。“all”在领导者副本丢失时也不会丢数据；“1”可能丢失追随者副本尚未复制的记录；“0”完全没有应答，因此位移和错误都无从得知。</translation>
    </message>
    <message>
        <source>P&amp;artitioner:</source>
        <translation>分区器(&amp;A)：</translation>
    </message>
    <message>
        <source>Partitio&amp;n:</source>
        <translation>分区(&amp;N)：</translation>
    </message>
    <message>
        <source>Co&amp;mpression:</source>
        <translation>压缩(&amp;M)：</translation>
    </message>
    <message>
        <source>A&amp;cks:</source>
        <translation>Acks(&amp;C)：</translation>
    </message>
    <message numerus="yes">
        <source>The topic has %n partition(s), numbered from 0 to %1.</source>
        <translation>
            <numerusform>该主题有 %n 个分区，编号从 0 到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsa::ui::FilePathEdit</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>samsa::ui::FilterBar</name>
    <message>
        <source>contains…</source>
        <translation>包含…</translation>
    </message>
    <message>
        <source>Records whose key contains this text (or matches it, as a regular expression)</source>
        <translation>键包含此文本（或匹配此正则表达式）的记录</translation>
    </message>
    <message>
        <source>Records whose value contains this text (or matches it, as a regular expression). Ctrl+F comes here.</source>
        <translation>值包含此文本（或匹配此正则表达式）的记录。按 Ctrl+F 会跳到这里。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Records with a header of exactly this name; empty: any header</source>
        <translation>具有此名称消息头的记录；留空表示任意消息头</translation>
    </message>
    <message>
        <source>value contains…</source>
        <translation>值包含…</translation>
    </message>
    <message>
        <source>…whose value contains this text (or matches it, as a regular expression)</source>
        <translation>…其值包含此文本（或匹配此正则表达式）</translation>
    </message>
    <message>
        <source>.*</source>
        <extracomment>Toggle: read filter texts as regular expressions.</extracomment>
        <translation>.*</translation>
    </message>
    <message>
        <source>Read the key, value and header texts as regular expressions (Perl syntax)</source>
        <translation>把键、值和消息头中的文本作为正则表达式（Perl 语法）</translation>
    </message>
    <message>
        <source>Aa</source>
        <extracomment>Toggle: compare filter texts with case.</extracomment>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match upper and lower case exactly</source>
        <translation>严格区分大小写</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <extracomment>Label of the filter input for record keys.</extracomment>
        <translation>键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <extracomment>Label of the filter input for record values.</extracomment>
        <translation>值(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <extracomment>Label of the filter inputs for record headers.</extracomment>
        <translation>消息头(&amp;H)</translation>
    </message>
    <message>
        <source>path, e.g. customer.id</source>
        <translation>路径，例如 customer.id</translation>
    </message>
    <message>
        <source>A field of JSON values: names joined by dots, [n] for the n-th element of an array, [*] for any element. Examples: customer.id, items[0].sku, items[*].price</source>
        <translation>JSON 值中的字段：名称用点连接，[n] 表示数组的第 n 个元素，[*] 表示任意元素。例如：customer.id、items[0].sku、items[*].price</translation>
    </message>
    <message>
        <source>equals</source>
        <extracomment>JSON filter: the field&apos;s value equals the text.</extracomment>
        <translation>等于</translation>
    </message>
    <message>
        <source>contains</source>
        <extracomment>JSON filter: the field&apos;s value contains the text.</extracomment>
        <translation>包含</translation>
    </message>
    <message>
        <source>value (empty: exists)</source>
        <translation>值（留空=字段存在）</translation>
    </message>
    <message>
        <source>Numbers compare as numbers (42 equals 42.0); put text in quotes to match only strings; leave empty to find records that have the field</source>
        <translation>数字按数值比较（42 等于 42.0）；给文本加上引号则只匹配字符串；留空可查找含有该字段的记录</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <extracomment>Label of the filter inputs for a field of JSON values.</extracomment>
        <translation>JSON(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <extracomment>Filter: only records at or after this time.</extracomment>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>Only records with a timestamp at or after this time</source>
        <translation>只显示时间戳在此时间或之后的记录</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <extracomment>Filter: only records at or before this time.</extracomment>
        <translation>到(&amp;O)</translation>
    </message>
    <message>
        <source>Only records with a timestamp at or before this time</source>
        <translation>只显示时间戳在此时间或之前的记录</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>查找(&amp;I)</translation>
    </message>
    <message>
        <source>Scan the chosen range for records that meet every condition set (Enter)</source>
        <translation>在所选范围内扫描满足全部条件的记录（回车）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove the filter and browse every record again</source>
        <translation>移除过滤条件，重新浏览所有记录</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Apply, save or delete saved filters</source>
        <translation>应用、保存或删除已保存的过滤器</translation>
    </message>
</context>
<context>
    <name>samsa::ui::Format</name>
    <message>
        <source>forever</source>
        <translation>永久</translation>
    </message>
    <message numerus="yes">
        <source>%n ms</source>
        <translation>
            <numerusform>%n ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
</context>
<context>
    <name>samsa::ui::GroupDetailPage</name>
    <message>
        <source>sampled every %1 s</source>
        <translation>每 %1 秒采样一次</translation>
    </message>
    <message>
        <source>Waiting for the first sample…</source>
        <translation>正在等待第一次采样…</translation>
    </message>
    <message>
        <source>Reset offsets…</source>
        <translation>重置位移…</translation>
    </message>
    <message>
        <source>Move the group&apos;s committed offsets: to the start, the end, a time, an offset, or by a number of messages (the group must be empty)</source>
        <translation>移动消费者组已提交的位移：移到开头、末尾、某个时间、某个位移，或按消息条数移动（消费者组必须为空）</translation>
    </message>
    <message>
        <source>Delete offsets of a topic…</source>
        <translation>删除某个主题的位移…</translation>
    </message>
    <message>
        <source>Forget what the group committed for one topic (OffsetDelete); refused for topics the group still consumes</source>
        <translation>删除消费者组在某个主题上提交的位移（OffsetDelete）；消费者组仍在消费的主题会被拒绝</translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation>删除消费者组…</translation>
    </message>
    <message>
        <source>Delete the group and all its committed offsets (it must be empty)</source>
        <translation>删除消费者组及其所有已提交的位移（消费者组必须为空）</translation>
    </message>
    <message>
        <source>Rebalance lab…</source>
        <translation>重平衡实验室…</translation>
    </message>
    <message>
        <source>Start demo consumers in this group and watch it rebalance</source>
        <translation>在此消费者组中启动演示消费者，观察其重平衡</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>滞后</translation>
    </message>
    <message>
        <source>Rebalances</source>
        <translation>重平衡</translation>
    </message>
    <message>
        <source>Lag, time lag and consume and produce rates over time</source>
        <translation>滞后、时间滞后以及消费和生产速率随时间的变化</translation>
    </message>
    <message>
        <source>Every generation of the group: who joined and left, which partitions moved, and how long consumption stopped</source>
        <translation>消费者组的每一代：谁加入、谁离开、哪些分区被迁移，以及消费停顿了多久</translation>
    </message>
    <message>
        <source>Could not read the group: %1</source>
        <translation>无法读取消费者组：%1</translation>
    </message>
    <message>
        <source>The group %1 does not exist (any more) on this cluster.</source>
        <translation>该集群上不存在（或已不再存在）消费者组 %1。</translation>
    </message>
    <message>
        <source>Could not read the group</source>
        <translation>无法读取消费者组</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>assignor %1</source>
        <translation>分配策略 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 个成员</numerusform>
        </translation>
    </message>
    <message>
        <source>lag %1</source>
        <translation>滞后 %1</translation>
    </message>
    <message>
        <source>time lag %1</source>
        <translation>时间滞后 %1</translation>
    </message>
    <message>
        <source>consuming %1, produced %2</source>
        <translation>消费 %1，生产 %2</translation>
    </message>
    <message>
        <source>coordinator: broker %1</source>
        <translation>协调者：Broker %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message numerus="yes">
        <source>The group has %n active member(s) and can only be deleted once it is empty. Stop them first: %1.</source>
        <translation>
            <numerusform>该消费者组有 %n 个活跃成员，只有在消费者组为空后才能删除。请先停止它们：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete group?</source>
        <translation>删除消费者组？</translation>
    </message>
    <message>
        <source>Delete the consumer group “%1” and all its committed offsets? Consumers that join it later start from their auto.offset.reset position.</source>
        <translation>删除消费者组“%1”及其所有已提交的位移？之后加入该组的消费者将从其 auto.offset.reset 位置开始消费。</translation>
    </message>
    <message>
        <source>Could not delete the group: %1</source>
        <translation>无法删除消费者组：%1</translation>
    </message>
    <message>
        <source>Deleted the group %1.</source>
        <translation>已删除消费者组 %1。</translation>
    </message>
    <message>
        <source>The group has no committed offsets to delete.</source>
        <translation>该消费者组没有可删除的已提交位移。</translation>
    </message>
    <message>
        <source>Delete offsets of a topic</source>
        <translation>删除某个主题的位移</translation>
    </message>
    <message>
        <source>Delete offsets</source>
        <translation>删除位移</translation>
    </message>
    <message>
        <source>The group forgets where it was in the topic; its consumers would start from auto.offset.reset. Topics the group still consumes are refused.</source>
        <translation>消费者组会忘记它在该主题中的消费位置；其消费者将从 auto.offset.reset 开始。消费者组仍在消费的主题会被拒绝。</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>The group has no committed offset in %1.</source>
        <translation>该消费者组在 %1 中没有已提交的位移。</translation>
    </message>
    <message>
        <source>Could not delete the offsets of %1: %2</source>
        <translation>无法删除 %1 的位移：%2</translation>
    </message>
    <message>
        <source>%1: the group still consumes this topic</source>
        <translation>%1：消费者组仍在消费此主题</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the committed offsets of %n partition(s) of %1.</source>
        <translation>
            <numerusform>已删除 %1 中 %n 个分区的已提交位移。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) kept their offsets:</source>
        <translation>
            <numerusform>%n 个分区保留了位移：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsa::ui::GroupFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>Messages per second.</extracomment>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>OK: the consumer keeps up (lag reached zero or is shrinking).</source>
        <translation>正常：消费者跟得上（滞后已降到零或正在缩小）。</translation>
    </message>
    <message>
        <source>WARN: the consumer commits, but lag grows at every sample.</source>
        <translation>警告：消费者在提交，但每次采样滞后都在增长。</translation>
    </message>
    <message>
        <source>STALL: a member owns the partition, but its committed offset does not move while messages wait.</source>
        <translation>停滞：有成员拥有该分区，但在有消息等待时其已提交位移没有移动。</translation>
    </message>
    <message>
        <source>ERR: no member reads the partition and messages wait: the consumer stopped.</source>
        <translation>错误：没有成员在读取该分区，而有消息在等待：消费者已停止。</translation>
    </message>
    <message>
        <source>STOP: no commit for a long time while messages wait: the consumer is gone.</source>
        <translation>停止：有消息等待，但长时间没有提交：消费者已经不在了。</translation>
    </message>
    <message>
        <source>Not judged yet: the monitor needs a committed offset and a few samples.</source>
        <translation>尚未判断：监控需要已提交的位移和几次采样。</translation>
    </message>
    <message>
        <source>Stable: every member has its partitions and consumes.</source>
        <translation>稳定：每个成员都已分到分区并在消费。</translation>
    </message>
    <message>
        <source>Preparing rebalance: members are rejoining; nobody consumes until the group is stable again.</source>
        <translation>准备重平衡：成员正在重新加入；在消费者组重新稳定之前没有人消费。</translation>
    </message>
    <message>
        <source>Completing rebalance: the leader is handing out partitions.</source>
        <translation>完成重平衡：领导者正在分配分区。</translation>
    </message>
    <message>
        <source>Empty: no member is connected; the group only keeps its committed offsets.</source>
        <translation>空：没有成员连接；消费者组只保留其已提交的位移。</translation>
    </message>
    <message>
        <source>Dead: the group no longer exists.</source>
        <translation>已失效：消费者组已不存在。</translation>
    </message>
</context>
<context>
    <name>samsa::ui::GroupListModel</name>
    <message>
        <source>(offsets only)</source>
        <extracomment>A group without a protocol type only stores offsets (no member ever joined).</extracomment>
        <translation>（仅位移）</translation>
    </message>
    <message numerus="yes">
        <source>%1 messages not yet consumed, over %n partition(s)</source>
        <translation>
            <numerusform>%n 个分区上共有 %1 条消息尚未消费</numerusform>
        </translation>
    </message>
    <message>
        <source>How far behind the slowest partition is, from the timestamp of the next message to consume</source>
        <translation>最慢的分区落后多久，按下一条待消费消息的时间戳计算</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>消费者组</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Protocol</source>
        <extracomment>Column header: the group&apos;s protocol type, &quot;consumer&quot; for Kafka consumers.</extracomment>
        <translation>协议</translation>
    </message>
    <message>
        <source>Assignor</source>
        <translation>分配策略</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>滞后</translation>
    </message>
    <message>
        <source>Time lag</source>
        <translation>时间滞后</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>健康状态</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>协调者</translation>
    </message>
    <message>
        <source>The group coordinator&apos;s state for the group: Stable, PreparingRebalance, CompletingRebalance, Empty or Dead</source>
        <translation>组协调者记录的消费者组状态：Stable、PreparingRebalance、CompletingRebalance、Empty 或 Dead</translation>
    </message>
    <message>
        <source>The partition assignment strategy the members agreed on (range, roundrobin, cooperative-sticky…)</source>
        <translation>成员协商一致的分区分配策略（range、roundrobin、cooperative-sticky…）</translation>
    </message>
    <message>
        <source>Messages written but not yet consumed: log end offset minus committed offset, summed over the group&apos;s partitions</source>
        <translation>已写入但尚未消费的消息：日志末端位移减去已提交位移，对消费者组的所有分区求和</translation>
    </message>
    <message>
        <source>Estimated time the group is behind: the age of the next message it will read, on its slowest partition</source>
        <translation>消费者组估计落后的时间：在最慢的分区上，下一条将要读取的消息的年龄</translation>
    </message>
    <message>
        <source>Health judged from a sliding window of commits, as Burrow does: OK, WARN, STALL, ERR or STOP</source>
        <translation>像 Burrow 一样，根据提交的滑动窗口判断健康状态：正常、警告、停滞、错误或停止</translation>
    </message>
    <message>
        <source>The broker that coordinates the group (chosen from the group id&apos;s hash over the partitions of __consumer_offsets)</source>
        <translation>协调该消费者组的 Broker（由 group id 的哈希值对 __consumer_offsets 的分区数取模选出）</translation>
    </message>
</context>
<context>
    <name>samsa::ui::GroupMembersModel</name>
    <message>
        <source>(nothing assigned)</source>
        <extracomment>A member the group&apos;s leader gave no partition.</extracomment>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>Subscribed to: %1</source>
        <translation>订阅：%1</translation>
    </message>
    <message>
        <source>A static member (group.instance.id): it keeps its partitions when it restarts within its session timeout</source>
        <translation>静态成员（group.instance.id）：在会话超时之内重启时保留其分区</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Instance id</source>
        <extracomment>Kafka&apos;s group.instance.id, set by static members.</extracomment>
        <translation>Instance ID</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Assigned partitions</source>
        <translation>已分配的分区</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>成员 ID</translation>
    </message>
    <message>
        <source>The client.id the consumer connects with</source>
        <translation>消费者连接时使用的 client.id</translation>
    </message>
    <message>
        <source>The id the coordinator gave the member when it joined</source>
        <translation>成员加入时协调者分配给它的 ID</translation>
    </message>
    <message>
        <source>Partitions the group&apos;s leader assigned to this member, decoded from the consumer protocol</source>
        <translation>消费者组的领导者分配给此成员的分区，从消费者协议中解码得到</translation>
    </message>
</context>
<context>
    <name>samsa::ui::GroupPartitionsModel</name>
    <message>
        <source>none</source>
        <extracomment>No committed offset for this partition yet.</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <extracomment>A commit time seen from polling, accurate to the sampling interval.</extracomment>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>No member of the group is assigned this partition</source>
        <translation>消费者组中没有成员被分配此分区</translation>
    </message>
    <message>
        <source>Consumed %1, produced %2</source>
        <translation>消费 %1，生产 %2</translation>
    </message>
    <message>
        <source>From the commit record in __consumer_offsets</source>
        <translation>来自 __consumer_offsets 中的提交记录</translation>
    </message>
    <message>
        <source>When the monitor saw the committed offset change</source>
        <translation>监控观察到已提交位移发生变化的时间</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Log end</source>
        <translation>日志末端</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>滞后</translation>
    </message>
    <message>
        <source>Time lag</source>
        <translation>时间滞后</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>健康状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Last commit</source>
        <translation>最近提交</translation>
    </message>
    <message>
        <source>Commit metadata</source>
        <translation>提交元数据</translation>
    </message>
    <message>
        <source>The offset the group will read next: the position its consumers committed</source>
        <translation>消费者组下一次读取的位移：其消费者提交的位置</translation>
    </message>
    <message>
        <source>The high watermark: the offset the next message written will get</source>
        <translation>高水位：下一条写入的消息将获得的位移</translation>
    </message>
    <message>
        <source>Messages not yet consumed: log end minus committed offset</source>
        <translation>尚未消费的消息：日志末端减去已提交位移</translation>
    </message>
    <message>
        <source>How old the next message to consume is: how far behind in time the consumer is</source>
        <translation>下一条待消费消息的年龄：消费者在时间上落后多少</translation>
    </message>
    <message>
        <source>The member the group&apos;s leader assigned this partition to</source>
        <translation>消费者组的领导者将此分区分配给的成员</translation>
    </message>
    <message>
        <source>The free text a consumer may store with its commit</source>
        <translation>消费者可随提交一起保存的自由文本</translation>
    </message>
</context>
<context>
    <name>samsa::ui::GroupTools</name>
    <message>
        <source>Rebalance lab — %1</source>
        <extracomment>%1 names the cluster.</extracomment>
        <translation>重平衡实验室 — %1</translation>
    </message>
</context>
<context>
    <name>samsa::ui::GroupsPage</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Sample every group now instead of at the next interval</source>
        <translation>立即对每个消费者组采样，而不是等到下一个间隔</translation>
    </message>
    <message>
        <source>Rebalance lab…</source>
        <translation>重平衡实验室…</translation>
    </message>
    <message>
        <source>Start demo consumers in a group of this cluster and watch them rebalance</source>
        <translation>在此集群的某个消费者组中启动演示消费者，观察它们重平衡</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Filter by group id (Ctrl+F)</source>
        <translation>按 group id 过滤（Ctrl+F）</translation>
    </message>
    <message numerus="yes">
        <source>Every %n s</source>
        <extracomment>How often the group monitor samples; %n is a number of seconds.</extracomment>
        <translation>
            <numerusform>每 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Every %1 s</source>
        <translation>每 %1 秒</translation>
    </message>
    <message>
        <source>How often every group of the cluster is sampled. The samples feed the lag charts and the rebalance timeline even while this page is closed.</source>
        <translation>对集群中每个消费者组采样的频率。即使此页面已关闭，这些样本也会用于滞后图表和重平衡时间线。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Loading consumer groups…</source>
        <translation>正在加载消费者组…</translation>
    </message>
    <message>
        <source>No consumer groups yet</source>
        <translation>暂无消费者组</translation>
    </message>
    <message>
        <source>A consumer group appears here when consumers with a group.id join it or commit offsets. Start demo consumers in the rebalance lab to see one at work.</source>
        <translation>当设置了 group.id 的消费者加入或提交位移时，消费者组就会出现在这里。在重平衡实验室中启动演示消费者，即可看到一个消费者组的运行情况。</translation>
    </message>
    <message>
        <source>Open the rebalance lab…</source>
        <translation>打开重平衡实验室…</translation>
    </message>
    <message>
        <source>Could not read the consumer groups: %1</source>
        <translation>无法读取消费者组：%1</translation>
    </message>
    <message>
        <source>Lag history and rebalances are not being recorded: %1</source>
        <extracomment>%1 explains why; the live figures still show.</extracomment>
        <translation>没有记录滞后历史和重平衡：%1</translation>
    </message>
    <message>
        <source>The consumer groups could not be read.</source>
        <translation>无法读取消费者组。</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 个消费者组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n group(s)</source>
        <translation>
            <numerusform>%1 / %n 个消费者组</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsa::ui::HeadersEditor</name>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Headers travel with the record as key/value pairs, for metadata such as a trace id or a content type. Values may use the same placeholders as the record value.</source>
        <translation>消息头以键值对的形式随记录一起传递，用于 trace id 或内容类型等元数据。值中可以使用与记录值相同的占位符。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation>添加一个消息头</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected header (Delete)</source>
        <translation>移除所选消息头（Delete）</translation>
    </message>
    <message>
        <source>Header %1 has a value but no key.</source>
        <translation>消息头 %1 有值但没有键。</translation>
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
        <translation>该消息头有键但完全没有值（null），这与空值不同。</translation>
    </message>
    <message>
        <source>The order the producer added the headers in</source>
        <translation>生产者添加消息头的顺序</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>Column of the headers table: the header&apos;s position in the record.</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>samsa::ui::HexDumpModel</name>
    <message>
        <source>Byte %1 (0x%2)</source>
        <extracomment>Tooltip on an offset of the hex view: where this line starts in the payload.</extracomment>
        <translation>第 %1 字节（0x%2）</translation>
    </message>
    <message>
        <source>Offset</source>
        <extracomment>Column of the hex view: position of the line&apos;s first byte, in hexadecimal.</extracomment>
        <translation>偏移</translation>
    </message>
    <message>
        <source>Hex</source>
        <extracomment>Column of the hex view: the bytes in hexadecimal.</extracomment>
        <translation>十六进制</translation>
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
        <translation>导入记录</translation>
    </message>
    <message>
        <source>A .jsonl or .csv file exported from Samsa</source>
        <translation>从 Samsa 导出的 .jsonl 或 .csv 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
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
        <translation>根据文件名选择；如果文件名与实际不符，请修改。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>Into &amp;topic:</source>
        <translation>导入到主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Keep each record&apos;s &amp;partition</source>
        <translation>保留每条记录的分区(&amp;P)</translation>
    </message>
    <message>
        <source>Each record goes to the partition number it was read from, so the order within each partition is kept. The topic must have that many partitions.</source>
        <translation>每条记录发往它被读出时所在的分区编号，因此每个分区内的顺序得以保留。主题必须有足够多的分区。</translation>
    </message>
    <message>
        <source>Keep the original time&amp;stamps</source>
        <translation>保留原始时间戳(&amp;S)</translation>
    </message>
    <message>
        <source>Off: records get the time they are sent. A topic with message.timestamp.type=LogAppendTime sets its own time either way.</source>
        <translation>关闭时：记录使用发送时的时间。设置了 message.timestamp.type=LogAppendTime 的主题无论如何都会使用自己的时间。</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>重放</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Exported records (*.jsonl *.ndjson *.json *.csv)</source>
        <translation>导出的记录 (*.jsonl *.ndjson *.json *.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>There is no readable file at %1.</source>
        <translation>%1 处没有可读取的文件。</translation>
    </message>
    <message>
        <source>Checking every line of the file…</source>
        <translation>正在检查文件的每一行…</translation>
    </message>
    <message>
        <source>Checking the topic&apos;s partitions…</source>
        <translation>正在检查主题的分区…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>列出了前 %1 条。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation>已取消；没有发送任何内容。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>没有发送任何内容。</translation>
    </message>
</context>
<context>
    <name>samsa::ui::InlineMessage</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>samsa::ui::Json</name>
    <message>
        <source>invalid token</source>
        <translation>无效的标记</translation>
    </message>
    <message>
        <source>there is no data</source>
        <translation>没有数据</translation>
    </message>
    <message>
        <source>the data ends too soon</source>
        <translation>数据过早结束</translation>
    </message>
    <message>
        <source>unexpected data after the end</source>
        <translation>结尾之后有多余的数据</translation>
    </message>
    <message>
        <source>a colon is missing</source>
        <translation>缺少冒号</translation>
    </message>
    <message>
        <source>a quoted member name is expected</source>
        <translation>此处应为带引号的成员名</translation>
    </message>
    <message>
        <source>a comma is missing</source>
        <translation>缺少逗号</translation>
    </message>
    <message>
        <source>a value is expected</source>
        <translation>此处应为一个值</translation>
    </message>
    <message>
        <source>the brackets do not match</source>
        <translation>括号不匹配</translation>
    </message>
</context>
<context>
    <name>samsa::ui::JsonTreeModel</name>
    <message numerus="yes">
        <source>{ %n member(s) }</source>
        <extracomment>Summary of a JSON object in the tree view.</extracomment>
        <translation>
            <numerusform>{ %n 个成员 }</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[ %n item(s) ]</source>
        <extracomment>Summary of a JSON array in the tree view.</extracomment>
        <translation>
            <numerusform>[ %n 项 ]</numerusform>
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
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>samsa::ui::LabConsumersModel</name>
    <message>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>leaving</source>
        <translation>正在离开</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 ms per message</source>
        <translation>每条消息 %1 ms</translation>
    </message>
    <message>
        <source>static</source>
        <translation>静态</translation>
    </message>
    <message>
        <source>session %1 ms</source>
        <translation>会话 %1 ms</translation>
    </message>
    <message>
        <source>Member id %1</source>
        <translation>成员 ID %1</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>消费者</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation>已消费</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近的错误</translation>
    </message>
</context>
<context>
    <name>samsa::ui::LabPanel</name>
    <message>
        <source>Used only when the topic does not exist yet</source>
        <translation>仅在主题尚不存在时使用</translation>
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
        <translation>partition.assignment.strategy：range 给每个成员分配每个主题的一段连续分区，roundrobin 逐个轮流分配分区，cooperative-sticky 尽可能少地迁移分区，并让其他成员在重平衡期间继续消费</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long the consumer &quot;works&quot; on each message. More than max.poll.interval.ms gets it expelled from the group.</source>
        <translation>消费者“处理”每条消息所用的时间。超过 max.poll.interval.ms 会使其被逐出消费者组。</translation>
    </message>
    <message>
        <source>max.poll.interval.ms: the longest a consumer may go between polls before it is considered stuck and leaves the group</source>
        <translation>max.poll.interval.ms：消费者两次 poll 之间允许的最长时间，超过则被视为卡住并离开消费者组</translation>
    </message>
    <message>
        <source>session.timeout.ms: how long the coordinator waits for heartbeats from a consumer that died before it rebalances without it (the broker&apos;s group.min.session.timeout.ms is the lower limit)</source>
        <translation>session.timeout.ms：协调者在没有宕机消费者的情况下执行重平衡之前，等待其心跳的时长（Broker 的 group.min.session.timeout.ms 是下限）</translation>
    </message>
    <message>
        <source>Static membership (group.instance.id)</source>
        <translation>静态成员（group.instance.id）</translation>
    </message>
    <message>
        <source>A static member keeps its partitions when it comes back within its session timeout, and does not leave the group when it stops</source>
        <translation>静态成员在会话超时之内回来时保留其分区，停止时也不会离开消费者组</translation>
    </message>
    <message>
        <source>Start a consumer</source>
        <translation>启动一个消费者</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>消费者组：</translation>
    </message>
    <message>
        <source>Topic and partitions:</source>
        <translation>主题和分区：</translation>
    </message>
    <message>
        <source>Assignor:</source>
        <translation>分配策略：</translation>
    </message>
    <message>
        <source>Processing time per message:</source>
        <translation>每条消息的处理时间：</translation>
    </message>
    <message>
        <source>max.poll.interval.ms:</source>
        <translation>max.poll.interval.ms：</translation>
    </message>
    <message>
        <source>session.timeout.ms:</source>
        <translation>session.timeout.ms：</translation>
    </message>
    <message>
        <source>New consumer</source>
        <translation>新消费者</translation>
    </message>
    <message>
        <source> messages/s</source>
        <translation> 条消息/秒</translation>
    </message>
    <message>
        <source>Produce</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>Keep writing small messages to the topic so there is something to consume and lag to watch</source>
        <translation>持续向主题写入小消息，以便有东西可消费、有滞后可观察</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Stop (leaves the group)</source>
        <translation>停止（离开消费者组）</translation>
    </message>
    <message>
        <source>Commit and send LeaveGroup: the group rebalances at once</source>
        <translation>提交位移并发送 LeaveGroup：消费者组立即重平衡</translation>
    </message>
    <message>
        <source>Kill (no goodbye)</source>
        <translation>强制终止（不告别）</translation>
    </message>
    <message>
        <source>Stop dead, as a crash would: the group rebalances only when the session times out</source>
        <translation>像崩溃一样直接停止：消费者组要等会话超时才会重平衡</translation>
    </message>
    <message>
        <source>Clear ended</source>
        <translation>清除已结束的</translation>
    </message>
    <message>
        <source>Cannot use topic %1: %2</source>
        <translation>无法使用主题 %1：%2</translation>
    </message>
    <message>
        <source>Name a group and a topic.</source>
        <translation>请指定消费者组和主题。</translation>
    </message>
    <message>
        <source>This consumer spends longer on a message than max.poll.interval.ms allows: expect it to be expelled and to rejoin, again and again.</source>
        <translation>这个消费者处理一条消息的时间超过了 max.poll.interval.ms 的允许范围：它会被一次又一次地逐出并重新加入。</translation>
    </message>
</context>
<context>
    <name>samsa::ui::LagChartPanel</name>
    <message>
        <source>5 min</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>Lag (messages)</source>
        <translation>滞后（消息数）</translation>
    </message>
    <message>
        <source>Time lag (seconds)</source>
        <translation>时间滞后（秒）</translation>
    </message>
    <message>
        <source>Consume rate (messages/s)</source>
        <translation>消费速率（条消息/秒）</translation>
    </message>
    <message>
        <source>Produce rate (messages/s)</source>
        <translation>生产速率（条消息/秒）</translation>
    </message>
    <message>
        <source>Rates come from how fast the committed offsets (consume) and the log end offsets (produce) advance between samples</source>
        <translation>速率来自采样之间已提交位移（消费）和日志末端位移（生产）前进的速度</translation>
    </message>
    <message>
        <source>Whole range</source>
        <translation>全部范围</translation>
    </message>
    <message>
        <source>Undo zooming and panning (Escape)</source>
        <translation>撤销缩放和平移（Esc）</translation>
    </message>
    <message>
        <source>Tick several entries to compare them on one chart</source>
        <translation>勾选多项可在同一图表中比较</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>%1 (all partitions)</source>
        <translation>%1（所有分区）</translation>
    </message>
    <message>
        <source>Lag summed over the whole group</source>
        <translation>整个消费者组的滞后总和</translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation>主题 %1</translation>
    </message>
    <message>
        <source>Lag summed over topic %1</source>
        <translation>主题 %1 的滞后总和</translation>
    </message>
    <message>
        <source>Partition %1 of %2</source>
        <translation>%2 的分区 %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <extracomment>A series of another group, for comparing groups on one chart.</extracomment>
        <translation>消费者组 %1</translation>
    </message>
    <message>
        <source>Total lag of group %1</source>
        <translation>消费者组 %1 的总滞后</translation>
    </message>
    <message>
        <source>messages behind</source>
        <translation>落后的消息数</translation>
    </message>
    <message>
        <source>seconds behind</source>
        <translation>落后的秒数</translation>
    </message>
    <message>
        <source>messages per second</source>
        <translation>每秒消息数</translation>
    </message>
    <message>
        <source>Tick a series to draw it.</source>
        <translation>勾选一个序列以绘制它。</translation>
    </message>
    <message>
        <source>No history in this range yet: the monitor records a sample of every group at each interval.</source>
        <translation>此范围内尚无历史：监控会在每个间隔为每个消费者组记录一次样本。</translation>
    </message>
    <message>
        <source>Per-partition history is kept for two days, group and topic totals for two weeks.</source>
        <translation>各分区的历史保留两天，消费者组和主题的总计保留两周。</translation>
    </message>
</context>
<context>
    <name>samsa::ui::LagChartView</name>
    <message>
        <source>Drag to zoom into a stretch of time, Shift+drag or arrow keys to pan, the wheel to zoom, double-click or Escape to see the whole range again</source>
        <translation>拖动可放大一段时间，Shift+拖动或方向键可平移，滚轮可缩放，双击或按 Esc 可重新查看全部范围</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>samsa::ui::LibraryVersions</name>
    <message>
        <source>user interface</source>
        <translation>用户界面</translation>
    </message>
    <message>
        <source>TLS connections to clusters</source>
        <translation>与集群的 TLS 连接</translation>
    </message>
    <message>
        <source>the demo consumers of the rebalance lab</source>
        <translation>重平衡实验室的演示消费者</translation>
    </message>
    <message>
        <source>gzip compression</source>
        <translation>gzip 压缩</translation>
    </message>
    <message>
        <source>zstd compression</source>
        <translation>zstd 压缩</translation>
    </message>
    <message>
        <source>lz4 compression</source>
        <translation>lz4 压缩</translation>
    </message>
    <message>
        <source>snappy compression</source>
        <translation>snappy 压缩</translation>
    </message>
    <message>
        <source>saved clusters, settings and consumer group history</source>
        <translation>已保存的集群、设置和消费者组历史</translation>
    </message>
</context>
<context>
    <name>samsa::ui::LocalClusterStatus</name>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>running on %1 (port %2 was taken)</source>
        <translation>运行于 %1（端口 %2 已被占用）</translation>
    </message>
    <message>
        <source>running on %1</source>
        <translation>运行于 %1</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>deleting its data…</source>
        <translation>正在删除其数据…</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
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
        <translation>端口 %1 已被其他程序占用；本地集群改为监听端口 %2。</translation>
    </message>
    <message>
        <source>Sample data: %1</source>
        <translation>示例数据：%1</translation>
    </message>
    <message>
        <source>Sample data: topics orders, user-profiles and page-views are receiving messages; group order-processor consumes orders.</source>
        <translation>示例数据：主题 orders、user-profiles 和 page-views 正在接收消息；消费者组 order-processor 正在消费 orders。</translation>
    </message>
    <message>
        <source>Start the local cluster first.</source>
        <translation>请先启动本地集群。</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>无法移除 %1：%2</translation>
    </message>
    <message>
        <source>Remove cluster?</source>
        <translation>移除集群？</translation>
    </message>
    <message>
        <source>Remove the saved connection “%1”? The cluster itself is not changed.</source>
        <translation>移除已保存的连接“%1”？集群本身不会改变。</translation>
    </message>
    <message>
        <source>&amp;Edit connection…</source>
        <translation>编辑连接(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove connection…</source>
        <translation>移除连接(&amp;R)…</translation>
    </message>
    <message>
        <source>Load sample data?</source>
        <translation>加载示例数据？</translation>
    </message>
    <message>
        <source>The local cluster is empty. Load sample data to see Samsa at work: topics with live orders, user profiles and page views, and a consumer group that falls behind.</source>
        <translation>本地集群是空的。加载示例数据，看看 Samsa 如何工作：包含实时订单、用户资料和页面浏览的主题，以及一个逐渐落后的消费者组。</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>加载示例数据</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>Reset the local cluster?</source>
        <translation>重置本地集群？</translation>
    </message>
    <message>
        <source>Every topic, message and consumer group offset of the local cluster will be deleted. This cannot be undone.</source>
        <translation>本地集群的所有主题、消息和消费者组位移都将被删除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Local cluster</source>
        <extracomment>Heading of the menu part about the cluster bundled with the app.</extracomment>
        <translation>本地集群</translation>
    </message>
    <message>
        <source>Local cluster: not used in this session</source>
        <translation>本地集群：本次会话未使用</translation>
    </message>
    <message>
        <source>Local cluster: %1</source>
        <translation>本地集群：%1</translation>
    </message>
    <message>
        <source>%1 — Overview</source>
        <translation>%1 — 概览</translation>
    </message>
    <message>
        <source>%1 — Brokers</source>
        <translation>%1 — Broker</translation>
    </message>
    <message>
        <source>%1 — Topics</source>
        <translation>%1 — 主题</translation>
    </message>
    <message>
        <source>%1 — Consumer groups</source>
        <translation>%1 — 消费者组</translation>
    </message>
    <message>
        <source>%1 — Messages</source>
        <extracomment>Tab title of a topic&apos;s message browser; %1 is the topic.</extracomment>
        <translation>%1 — 消息</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>Consumer group %1 on %2</source>
        <translation>%2 上的消费者组 %1</translation>
    </message>
    <message>
        <source>Messages of %1 on %2</source>
        <translation>%2 上 %1 的消息</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>未连接到 %1。</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1：正在连接…</translation>
    </message>
    <message>
        <source>%1: connected</source>
        <translation>%1：已连接</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Connect to the cluster first.</source>
        <translation>请先连接到集群。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New topic…</source>
        <translation>新建主题(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a topic on the current cluster</source>
        <translation>在当前集群上创建主题</translation>
    </message>
    <message>
        <source>&amp;Add cluster…</source>
        <translation>添加集群(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the connection to another Kafka cluster</source>
        <translation>保存到另一个 Kafka 集群的连接</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Go to the filter field of the current page</source>
        <translation>转到当前页面的过滤框</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the current page&apos;s data from the cluster again</source>
        <translation>从集群重新读取当前页面的数据</translation>
    </message>
    <message>
        <source>Go to the &amp;navigator</source>
        <translation>转到导航栏(&amp;N)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the list of clusters</source>
        <translation>把键盘焦点移到集群列表</translation>
    </message>
    <message>
        <source>Ne&amp;xt page</source>
        <translation>下一页(&amp;X)</translation>
    </message>
    <message>
        <source>Pre&amp;vious page</source>
        <translation>上一页(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Close page</source>
        <translation>关闭页面(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>集群(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Produce…</source>
        <translation>生产(&amp;P)…</translation>
    </message>
    <message>
        <source>Send records to the current topic</source>
        <translation>向当前主题发送记录</translation>
    </message>
    <message>
        <source>&amp;Import records…</source>
        <translation>导入记录(&amp;I)…</translation>
    </message>
    <message>
        <source>Replay records exported as JSON Lines or CSV into a topic</source>
        <translation>把以 JSON Lines 或 CSV 导出的记录重放到主题中</translation>
    </message>
    <message>
        <source>&amp;Start local cluster</source>
        <translation>启动本地集群(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top local cluster</source>
        <translation>停止本地集群(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reset local cluster…</source>
        <translation>重置本地集群(&amp;R)…</translation>
    </message>
    <message>
        <source>Delete every topic, message and consumer offset of the local cluster</source>
        <translation>删除本地集群的所有主题、消息和消费者位移</translation>
    </message>
    <message>
        <source>Load &amp;sample data</source>
        <translation>加载示例数据(&amp;S)</translation>
    </message>
    <message>
        <source>Create example topics (orders, user profiles, page views) with live traffic and a consumer group that falls behind</source>
        <translation>创建示例主题（订单、用户资料、页面浏览），带有实时流量和一个逐渐落后的消费者组</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Samsa</source>
        <translation>关于 Samsa(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>This page has nothing to filter.</source>
        <translation>此页面没有可过滤的内容。</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
    <message>
        <source>The local cluster is not running. Start it from the Cluster menu.</source>
        <translation>本地集群未运行。请从“集群”菜单启动它。</translation>
    </message>
</context>
<context>
    <name>samsa::ui::MessageColumns</name>
    <message>
        <source>null (tombstone)</source>
        <comment>a record whose value is null</comment>
        <translation>null（墓碑消息）</translation>
    </message>
    <message>
        <source>null</source>
        <comment>a record without a key</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>(empty)</source>
        <comment>a key or value of zero bytes</comment>
        <translation>（空）</translation>
    </message>
    <message>
        <source>control record</source>
        <comment>a Kafka control record of unknown type</comment>
        <translation>控制记录</translation>
    </message>
    <message>
        <source>COMMIT marker</source>
        <comment>the record that ends a committed transaction</comment>
        <translation>COMMIT 标记</translation>
    </message>
    <message>
        <source>ABORT marker</source>
        <comment>the record that ends an aborted transaction</comment>
        <translation>ABORT 标记</translation>
    </message>
    <message>
        <source>marker</source>
        <comment>transaction column: a COMMIT/ABORT control record</comment>
        <translation>标记</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>open</source>
        <comment>a transaction that has not ended (yet)</comment>
        <translation>未结束</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no compression</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>none</source>
        <comment>a record without a timestamp</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>位移</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>消息头</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>压缩</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>事务</translation>
    </message>
    <message>
        <source>Producer ID</source>
        <translation>生产者 ID</translation>
    </message>
    <message>
        <source>Epoch</source>
        <comment>producer epoch</comment>
        <translation>Epoch</translation>
    </message>
    <message>
        <source>Sequence</source>
        <comment>producer sequence number</comment>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Time type</source>
        <comment>CreateTime or LogAppendTime</comment>
        <translation>时间类型</translation>
    </message>
    <message>
        <source>The partition the record is stored in.</source>
        <translation>存储该记录的分区。</translation>
    </message>
    <message>
        <source>The record&apos;s position in its partition. Offsets only grow; gaps come from compaction, transaction markers and deleted records.</source>
        <translation>记录在分区中的位置。位移只增不减；空缺来自日志压实、事务标记和被删除的记录。</translation>
    </message>
    <message>
        <source>When the record was created (set by the producer) or appended (set by the broker), depending on the topic&apos;s message.timestamp.type.</source>
        <translation>记录被创建（由生产者设置）或被追加（由 Broker 设置）的时间，取决于主题的 message.timestamp.type。</translation>
    </message>
    <message>
        <source>The record key. Records with the same key go to the same partition, and compaction keeps the latest record of each key.</source>
        <translation>记录的键。相同键的记录发往同一分区，日志压实会保留每个键的最新记录。</translation>
    </message>
    <message>
        <source>The record value. A null value is a tombstone: compaction deletes the key.</source>
        <translation>记录的值。值为 null 的记录是墓碑消息：日志压实会删除该键。</translation>
    </message>
    <message>
        <source>How many headers (name/value pairs of metadata) the record carries.</source>
        <translation>记录携带的消息头（元数据的名称/值对）数量。</translation>
    </message>
    <message>
        <source>Bytes of key, value and headers, before compression.</source>
        <translation>键、值和消息头压缩前的字节数。</translation>
    </message>
    <message>
        <source>The codec of the record&apos;s batch as stored by the broker.</source>
        <translation>Broker 存储该记录所在批次时使用的压缩编码。</translation>
    </message>
    <message>
        <source>For records written in a transaction: whether it was committed or aborted. Consumers with isolation.level=read_committed never see aborted records.</source>
        <translation>对于在事务中写入的记录：事务是已提交还是已中止。isolation.level=read_committed 的消费者永远看不到已中止的记录。</translation>
    </message>
    <message>
        <source>The idempotent or transactional producer that wrote the batch.</source>
        <translation>写入该批次的幂等或事务型生产者。</translation>
    </message>
    <message>
        <source>The producer&apos;s epoch; a newer epoch fences older instances of the same transactional producer.</source>
        <translation>生产者的 epoch；较新的 epoch 会隔离同一事务型生产者的旧实例。</translation>
    </message>
    <message>
        <source>The producer&apos;s sequence number of the record, which lets the broker drop duplicates of a retried send.</source>
        <translation>该记录的生产者序列号，Broker 借此丢弃重试发送造成的重复。</translation>
    </message>
    <message>
        <source>CreateTime: set by the producer. LogAppendTime: set by the broker when it appended the record.</source>
        <translation>CreateTime：由生产者设置。LogAppendTime：由 Broker 在追加记录时设置。</translation>
    </message>
    <message>
        <source>control</source>
        <comment>key column of a transaction marker</comment>
        <translation>控制</translation>
    </message>
    <message>
        <source>LogAppendTime: set by the broker</source>
        <translation>LogAppendTime：由 Broker 设置</translation>
    </message>
    <message>
        <source>CreateTime: set by the producer</source>
        <translation>CreateTime：由生产者设置</translation>
    </message>
    <message>
        <source>%1
%2 ms since the epoch
%3</source>
        <extracomment>%1 an ISO date in UTC, %2 milliseconds since 1970, %3 who set the timestamp.</extracomment>
        <translation>%1
Unix 时间 %2 ms
%3</translation>
    </message>
    <message>
        <source>A transaction marker written by the transaction coordinator, not by a producer. Consumers never see it.</source>
        <translation>由事务协调者（而非生产者）写入的事务标记。消费者永远不会看到它。</translation>
    </message>
    <message>
        <source>A tombstone: the value is null. On a compacted topic it deletes the key once delete.retention.ms has passed.</source>
        <translation>墓碑消息：值为 null。在日志压实的主题上，经过 delete.retention.ms 后该键会被删除。</translation>
    </message>
    <message>
        <source>The record has no key (null).</source>
        <translation>该记录没有键（null）。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 a size such as 1.2 KiB, %2 a format name such as JSON.</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Only the start is shown here; select the row to see all of it.</source>
        <translation>这里只显示开头部分；选中该行可查看全部内容。</translation>
    </message>
    <message>
        <source>No headers</source>
        <translation>无消息头</translation>
    </message>
    <message numerus="yes">
        <source>%n header(s), %1 in all</source>
        <translation>
            <numerusform>%n 个消息头，共 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Key %1, value %2, headers %3
The whole batch takes %4 as stored</source>
        <translation>键 %1，值 %2，消息头 %3
整个批次存储后占 %4</translation>
    </message>
    <message>
        <source>Written in a transaction that was committed.</source>
        <translation>在已提交的事务中写入。</translation>
    </message>
    <message>
        <source>Written in a transaction that was aborted: read_committed consumers skip it.</source>
        <translation>在已中止的事务中写入：read_committed 的消费者会跳过它。</translation>
    </message>
    <message>
        <source>Written in a transaction whose end was not found: it is still running, or its marker lies further on.</source>
        <translation>在未找到结束标记的事务中写入：事务仍在进行，或其标记位于更后面。</translation>
    </message>
</context>
<context>
    <name>samsa::ui::MessageExport</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消；没有写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1</source>
        <extracomment>%1 a count of records, %2 a file name.</extracomment>
        <translation>
            <numerusform>已将 %Ln 条记录写入 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsa::ui::MessageTableModel</name>
    <message>
        <source>This record is no longer in the log, or the view no longer shows it.</source>
        <translation>该记录已不在日志中，或者视图已不再显示它。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>samsa::ui::MessagesPage</name>
    <message>
        <source>Cannot read partition %1 at offset %2: %3</source>
        <translation>无法读取分区 %1 的位移 %2：%3</translation>
    </message>
    <message>
        <source>%1 — Messages</source>
        <translation>%1 — 消息</translation>
    </message>
    <message>
        <source>Read the topic&apos;s partitions and offsets again</source>
        <translation>重新读取主题的分区和位移</translation>
    </message>
    <message>
        <source>P&amp;roduce…</source>
        <translation>生产(&amp;R)…</translation>
    </message>
    <message>
        <source>Write new records to this topic</source>
        <translation>向此主题写入新记录</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Save records to a JSON Lines or CSV file</source>
        <translation>把记录保存为 JSON Lines 或 CSV 文件</translation>
    </message>
    <message>
        <source>Export &amp;selection…</source>
        <translation>导出所选(&amp;S)…</translation>
    </message>
    <message>
        <source>Export all &amp;matches…</source>
        <translation>导出全部匹配项(&amp;M)…</translation>
    </message>
    <message>
        <source>Every record of the chosen range that the filter lets through, however many</source>
        <translation>所选范围内通过过滤条件的每条记录，无论有多少</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>复制值(&amp;V)</translation>
    </message>
    <message>
        <source>Copy &amp;key</source>
        <translation>复制键(&amp;K)</translation>
    </message>
    <message>
        <source>Saved filters need the settings database, which is not available in this session</source>
        <translation>已保存的过滤器需要设置数据库，而本次会话中它不可用</translation>
    </message>
    <message>
        <source>No saved filters yet</source>
        <translation>暂无已保存的过滤器</translation>
    </message>
    <message>
        <source>&amp;Save current filter…</source>
        <translation>保存当前过滤器(&amp;S)…</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>保存过滤器</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Filter “%1” saved.</source>
        <translation>过滤器“%1”已保存。</translation>
    </message>
    <message>
        <source>There is no saved filter “%1” any more.</source>
        <translation>已保存的过滤器“%1”已不存在。</translation>
    </message>
    <message>
        <source>Export all matches</source>
        <translation>导出全部匹配项</translation>
    </message>
    <message>
        <source>Export selected records</source>
        <translation>导出所选记录</translation>
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
        <translation>请先选择要导出的记录（仅限已加载的行）。</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>还没有可导出的内容。</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Cannot browse %1: %2</source>
        <translation>无法浏览 %1：%2</translation>
    </message>
    <message>
        <source>Live view: %1</source>
        <translation>实时视图：%1</translation>
    </message>
    <message>
        <source>Type an offset, or partition:offset such as 2:1500.</source>
        <translation>请输入位移，或 分区:位移，例如 2:1500。</translation>
    </message>
    <message>
        <source>Several partitions are shown: type partition:offset, such as 2:1500.</source>
        <translation>当前显示了多个分区：请输入 分区:位移，例如 2:1500。</translation>
    </message>
    <message>
        <source>This is where the log starts: there are no earlier records.</source>
        <translation>这里是日志的起点：没有更早的记录。</translation>
    </message>
    <message>
        <source>Finding the start…</source>
        <translation>正在查找起点…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Live view paused</source>
        <extracomment>The dot marks a live view, as on a recording light.</extracomment>
        <translation>实时视图已暂停</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● 实时</translation>
    </message>
    <message>
        <source>Nothing to show: the topic could not be read (see the message above).</source>
        <translation>没有可显示的内容：无法读取该主题（请看上方的消息）。</translation>
    </message>
    <message>
        <source>No record matches the filter in the chosen range. Widen the range with an earlier start, or change the filter.</source>
        <translation>在所选范围内没有与过滤条件匹配的记录。请选择更早的起点以扩大范围，或修改过滤条件。</translation>
    </message>
    <message>
        <source>This topic has no messages yet. New ones will appear here as they arrive.</source>
        <translation>该主题还没有消息。新消息到达后会显示在这里。</translation>
    </message>
    <message>
        <source>This topic has no messages yet. Produce some, or turn on Live to see them arrive.</source>
        <translation>该主题还没有消息。请生产一些消息，或打开“实时”观察它们到达。</translation>
    </message>
    <message>
        <source>No new messages yet. They will appear here as producers write them.</source>
        <translation>还没有新消息。生产者写入后会显示在这里。</translation>
    </message>
    <message>
        <source>No messages from this start. Choose an earlier start, or turn on Live to see new ones arrive.</source>
        <translation>从这个起点开始没有消息。请选择更早的起点，或打开“实时”观察新消息到达。</translation>
    </message>
    <message>
        <source>Partition %1 · offsets %2 to %3 · %4 rows</source>
        <extracomment>%1 a partition number, %2 and %3 offsets, %4 a count of rows.</extracomment>
        <translation>分区 %1 · 位移 %2 到 %3 · %4 行</translation>
    </message>
    <message>
        <source>%1 partitions · %2 rows</source>
        <translation>%1 个分区 · %2 行</translation>
    </message>
    <message>
        <source>a window of the range: go to an offset or change the start for the rest</source>
        <translation>范围中的一段：转到某个位移或更改起点以查看其余部分</translation>
    </message>
    <message>
        <source>%1 matching rows</source>
        <translation>%1 个匹配行</translation>
    </message>
    <message>
        <source>%1 rows, all partitions by time</source>
        <translation>%1 行，所有分区按时间排列</translation>
    </message>
</context>
<context>
    <name>samsa::ui::NavigatorModel</name>
    <message>
        <source>Clusters</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>The cluster bundled with Samsa, on this computer</source>
        <translation>Samsa 内置的集群，运行在本机上</translation>
    </message>
    <message>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Consumer groups</source>
        <translation>消费者组</translation>
    </message>
</context>
<context>
    <name>samsa::ui::PageHeader</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>samsa::ui::PartitionsModel</name>
    <message>
        <source>none (offline)</source>
        <extracomment>The partition has no leader, so nobody can read or write it.</extracomment>
        <translation>无（离线）</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>No replica is in sync with the leader.</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>No broker leads this partition; it cannot be read or written.</source>
        <translation>没有 Broker 担任此分区的领导者；无法读写它。</translation>
    </message>
    <message>
        <source>No broker leads this partition (%1); it cannot be read or written.</source>
        <translation>没有 Broker 担任此分区的领导者（%1）；无法读写它。</translation>
    </message>
    <message>
        <source>Broker %1 leads this partition: producers write to it and consumers read from it.</source>
        <translation>Broker %1 是此分区的领导者：生产者向它写入，消费者从它读取。</translation>
    </message>
    <message>
        <source>replica %1 is not in sync</source>
        <translation>副本 %1 未同步</translation>
    </message>
    <message>
        <source>Brokers holding a copy of this partition; the first is the preferred leader.</source>
        <translation>保存此分区副本的 Broker；第一个是首选领导者。</translation>
    </message>
    <message>
        <source>In-sync replicas: copies that have caught up with the leader and can take over if it fails.</source>
        <translation>同步副本：已追上领导者、在领导者故障时可以接替的副本。</translation>
    </message>
    <message>
        <source>The oldest offset still stored; older records were deleted by retention or a purge.</source>
        <translation>仍保存着的最旧位移；更早的记录已被保留策略或清除操作删除。</translation>
    </message>
    <message>
        <source>The offset after the last record copied to every in-sync replica; consumers read up to here.</source>
        <translation>已复制到所有同步副本的最后一条记录之后的位移；消费者最多读到这里。</translation>
    </message>
    <message>
        <source>Records between the log start offset and the high watermark (with compaction or transactions, fewer may actually be stored).</source>
        <translation>日志起始位移与高水位之间的记录（在日志压实或事务的情况下，实际存储的可能更少）。</translation>
    </message>
    <message>
        <source>No broker reported the size of this partition&apos;s log.</source>
        <translation>没有 Broker 报告此分区日志的大小。</translation>
    </message>
    <message>
        <source>Bytes on disk of the leader&apos;s copy of the log.</source>
        <translation>领导者副本的日志在磁盘上的字节数。</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>领导者</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>In sync</source>
        <extracomment>Column header: in-sync replicas (ISR).</extracomment>
        <translation>同步副本</translation>
    </message>
    <message>
        <source>Log start</source>
        <translation>日志起始</translation>
    </message>
    <message>
        <source>High watermark</source>
        <translation>高水位</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>In-sync replicas (ISR): the copies that have caught up with the leader.</source>
        <translation>同步副本集合（ISR）：已追上领导者的副本。</translation>
    </message>
</context>
<context>
    <name>samsa::ui::PayloadView</name>
    <message>
        <source>it is null, so there are no bytes to save</source>
        <translation>它是 null，因此没有可保存的字节</translation>
    </message>
    <message>
        <source>Could not save the %1 to %2: %3</source>
        <extracomment>%1 is &quot;key&quot;, &quot;value&quot; or &quot;header value&quot;, %2 a file path, %3 the system&apos;s reason.</extracomment>
        <translation>无法把%1保存到 %2：%3</translation>
    </message>
    <message>
        <source>Save the %1</source>
        <extracomment>Title of the save dialog; %1 is &quot;key&quot;, &quot;value&quot; or &quot;header value&quot;.</extracomment>
        <translation>保存%1</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>已把 %1 保存到 %2。</translation>
    </message>
    <message>
        <source>Show all</source>
        <extracomment>Render the whole of a large key or value, not only its start.</extracomment>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Render the whole payload; a very large one takes a moment</source>
        <translation>渲染全部内容；内容很大时需要稍等片刻</translation>
    </message>
    <message>
        <source>Vie&amp;w as:</source>
        <extracomment>Label of the choice of how to show a key or value (text, JSON, hex…).</extracomment>
        <translation>显示方式(&amp;W)：</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <extracomment>Hexadecimal dump of the bytes.</extracomment>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Auto picks the view from the content: JSON when it parses, text when it is UTF-8, hex otherwise</source>
        <translation>“自动”会根据内容选择显示方式：能解析时为 JSON，是 UTF-8 时为文本，否则为十六进制</translation>
    </message>
    <message>
        <source>Formatted</source>
        <extracomment>A choice of how to show JSON: indented text (versus a tree).</extracomment>
        <translation>格式化</translation>
    </message>
    <message>
        <source>The JSON indented, with colours</source>
        <translation>带颜色、缩进的 JSON</translation>
    </message>
    <message>
        <source>Tree</source>
        <extracomment>A choice of how to show JSON: a foldable tree (versus indented text).</extracomment>
        <translation>树形</translation>
    </message>
    <message>
        <source>The JSON as a tree whose objects and arrays fold</source>
        <translation>以树形显示 JSON，对象和数组可以折叠</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy as Shown</source>
        <translation>按显示的形式复制</translation>
    </message>
    <message>
        <source>The whole payload in the current view&apos;s form</source>
        <translation>以当前视图的形式复制全部内容</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>复制为文本</translation>
    </message>
    <message>
        <source>The bytes as UTF-8 text; the raw bytes go along for applications that take them</source>
        <translation>以 UTF-8 文本复制这些字节；对能接收原始字节的应用，原始字节也一并提供</translation>
    </message>
    <message>
        <source>Copy as Base64</source>
        <translation>复制为 Base64</translation>
    </message>
    <message>
        <source>Copy as Hex String</source>
        <extracomment>Copy the bytes as one string of hexadecimal digits.</extracomment>
        <translation>复制为十六进制字符串</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save the exact bytes to a file</source>
        <translation>把原始字节原样保存到文件</translation>
    </message>
    <message>
        <source>Copy Lines</source>
        <translation>复制行</translation>
    </message>
    <message>
        <source>%1 as text</source>
        <extracomment>Accessible names; %1 is &quot;key&quot;, &quot;value&quot; or &quot;header value&quot;.</extracomment>
        <translation>%1（文本）</translation>
    </message>
    <message>
        <source>%1 as formatted JSON</source>
        <translation>%1（格式化 JSON）</translation>
    </message>
    <message>
        <source>%1 as a JSON tree</source>
        <translation>%1（JSON 树）</translation>
    </message>
    <message>
        <source>%1 as hex</source>
        <translation>%1（十六进制）</translation>
    </message>
    <message>
        <source>How to show the %1</source>
        <translation>如何显示%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>detected format, size</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Auto (%1)</source>
        <extracomment>The automatic view choice, followed by what it chose, e.g. &quot;Auto (JSON)&quot;.</extracomment>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2. The hex view always shows all of it.</source>
        <extracomment>%1 and %2 are sizes, such as &quot;64.0 KiB&quot; and &quot;1.0 MiB&quot;.</extracomment>
        <translation>显示的是 %2 中的前 %1。十六进制视图总是显示全部内容。</translation>
    </message>
    <message>
        <source>This %1 is not JSON: %2 at byte %3.
Choose Text or Hex to see it as it is.</source>
        <extracomment>%1 is &quot;key&quot; or &quot;value&quot;; %2 says what is wrong, %3 is a byte position.</extracomment>
        <translation>这个%1不是 JSON：第 %3 字节处%2。
请选择“文本”或“十六进制”查看原始内容。</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>header value</source>
        <translation>消息头的值</translation>
    </message>
    <message>
        <source>No key (null). The producer sent this record without a key, so its partition was chosen without one.</source>
        <translation>没有键（null）。生产者发送这条记录时没有带键，因此分区是在无键的情况下选择的。</translation>
    </message>
    <message>
        <source>The key is empty: present, but zero bytes long. Unlike a null key, it is hashed like any other key to choose the partition.</source>
        <translation>键为空：存在，但长度为零字节。与 null 键不同，它会像其他键一样参与哈希来选择分区。</translation>
    </message>
    <message>
        <source>No value (null): this record is a tombstone. On a compacted topic it deletes the earlier records with the same key.</source>
        <translation>没有值（null）：这条记录是墓碑消息。在日志压实的主题上，它会删除之前具有相同键的记录。</translation>
    </message>
    <message>
        <source>The value is empty: present, but zero bytes long. Unlike a null value, it is not a tombstone.</source>
        <translation>值为空：存在，但长度为零字节。与 null 值不同，它不是墓碑消息。</translation>
    </message>
    <message>
        <source>This header has no value (null).</source>
        <translation>此消息头没有值（null）。</translation>
    </message>
    <message>
        <source>This header&apos;s value is empty: present, but zero bytes long.</source>
        <translation>此消息头的值为空：存在，但长度为零字节。</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ProduceDialog</name>
    <message>
        <source>Produce Records</source>
        <translation>生产记录</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Produce</source>
        <translation>生产(&amp;P)</translation>
    </message>
    <message>
        <source>No key (null)</source>
        <translation>无键（null）</translation>
    </message>
    <message>
        <source>Records with the same key go to the same partition (with the key hash partitioner) and are kept in order there. Compacted topics keep the latest value per key.</source>
        <translation>相同键的记录（使用键哈希分区器时）发往同一分区并在其中保持顺序。日志压实的主题为每个键保留最新的值。</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>值(&amp;V)：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>键(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>消息头(&amp;H)：</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>投递</translation>
    </message>
    <message>
        <source>How many records to send from this template; each gets its own {{i}}, {{uuid}} and so on.</source>
        <translation>用此模板发送多少条记录；每条记录都有自己的 {{i}}、{{uuid}} 等。</translation>
    </message>
    <message>
        <source>&amp;Fill in placeholders</source>
        <translation>填充占位符(&amp;F)</translation>
    </message>
    <message>
        <source>Turn off to send text containing {{…}} as it is.</source>
        <translation>关闭后，包含 {{…}} 的文本将原样发送。</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&quot;0&quot; cellpadding=&quot;1&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;{{i}}&lt;/tt&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;record number, from 0&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;{{uuid}}&lt;/tt&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;random UUID&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;{{now}}&lt;/tt&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;time of sending, ms since 1970&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;{{nowIso}}&lt;/tt&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;the same in ISO 8601&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;{{random}}&lt;/tt&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;random number&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&quot;0&quot; cellpadding=&quot;1&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;{{i}}&lt;/tt&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;记录序号，从 0 开始&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;{{uuid}}&lt;/tt&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;随机 UUID&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;{{now}}&lt;/tt&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;发送时间，自 1970 年起的毫秒数&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;{{nowIso}}&lt;/tt&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;同上，ISO 8601 格式&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;{{random}}&lt;/tt&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;随机数&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Placeholders are filled in per record in the key, the value and header values. {{uuid}} and {{random}} have one value per record, so a key and a value can share an id.</source>
        <translation>占位符会按记录分别填入键、值和消息头的值中。{{uuid}} 和 {{random}} 每条记录只有一个值，因此键和值可以共享同一个 ID。</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>&amp;Records to send:</source>
        <translation>发送记录数(&amp;R)：</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop after the batch on its way; what was written stays written.</source>
        <translation>在途中的批次完成后停止；已写入的内容保持不变。</translation>
    </message>
    <message>
        <source>Sent records appear here with the partition and offset they were written to. Fill in the fields above and press Produce (Ctrl+Return).</source>
        <translation>已发送的记录会连同其写入的分区和位移显示在这里。请填写上面的字段，然后点击“生产”（Ctrl+Return）。</translation>
    </message>
    <message>
        <source>The file is still being read.</source>
        <translation>文件仍在读取中。</translation>
    </message>
    <message>
        <source>Header &quot;%1&quot;: %2</source>
        <extracomment>%1 is the header&apos;s key, %2 what is wrong with its value</extracomment>
        <translation>消息头“%1”：%2</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>发送（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>The cluster refused the records: %1</source>
        <extracomment>%1 is why the records were refused</extracomment>
        <translation>集群拒绝了这些记录：%1</translation>
    </message>
    <message>
        <source>The table lists the first %1.</source>
        <translation>表格列出了前 %1 条。</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>在发送任何内容之前已取消。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>没有发送任何内容。</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ProduceResultsModel</name>
    <message>
        <source>(null)</source>
        <extracomment>shown for a record without a key</extracomment>
        <translation>（null）</translation>
    </message>
    <message>
        <source>(%1 of binary)</source>
        <extracomment>a key that is not text; %1 is its size</extracomment>
        <translation>（%1 二进制数据）</translation>
    </message>
    <message>
        <source>Written</source>
        <extracomment>the record was written</extracomment>
        <translation>已写入</translation>
    </message>
    <message>
        <source>With acks=0 the broker does not say where a record was written.</source>
        <translation>acks=0 时，Broker 不会告知记录写入了哪里。</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>column of the record&apos;s number in the run</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>位移</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>The record&apos;s number in this run, from 0; {{i}} in templates.</source>
        <translation>记录在本次运行中的序号，从 0 开始；即模板中的 {{i}}。</translation>
    </message>
    <message>
        <source>The partition the record was written to.</source>
        <translation>记录被写入的分区。</translation>
    </message>
    <message>
        <source>The record&apos;s position in its partition.</source>
        <translation>记录在分区中的位置。</translation>
    </message>
    <message>
        <source>The record key, after placeholders were filled in.</source>
        <translation>填充占位符之后的记录键。</translation>
    </message>
    <message>
        <source>Written, or the broker&apos;s reason for refusing the record.</source>
        <translation>已写入，或 Broker 拒绝该记录的原因。</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ProfileDialog</name>
    <message>
        <source>Edit cluster “%1”</source>
        <translation>编辑集群“%1”</translation>
    </message>
    <message>
        <source>Add cluster</source>
        <translation>添加集群</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>例如 Production</translation>
    </message>
    <message>
        <source>kafka1.example.com:9092, kafka2.example.com:9092</source>
        <translation>kafka1.example.com:9092, kafka2.example.com:9092</translation>
    </message>
    <message>
        <source>One or more brokers to start from, as host:port separated by commas. The client learns the rest of the cluster from them.</source>
        <translation>作为起点的一个或多个 Broker，格式为 host:port，以逗号分隔。客户端会从它们获知集群的其余部分。</translation>
    </message>
    <message>
        <source>No encryption, no authentication.</source>
        <translation>不加密，不认证。</translation>
    </message>
    <message>
        <source>Encrypted with TLS; optionally a client certificate (mutual TLS).</source>
        <translation>使用 TLS 加密；可选客户端证书（双向 TLS）。</translation>
    </message>
    <message>
        <source>User name and password, without encryption.</source>
        <translation>用户名和密码，不加密。</translation>
    </message>
    <message>
        <source>User name and password over a TLS-encrypted connection.</source>
        <translation>通过 TLS 加密连接使用用户名和密码。</translation>
    </message>
    <message>
        <source>Kafka&apos;s security.protocol: how the connection is encrypted and authenticated. It must match the broker&apos;s listener.</source>
        <translation>Kafka 的 security.protocol：连接如何加密和认证。它必须与 Broker 的监听器一致。</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Bootstrap servers:</source>
        <translation>引导服务器(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Security protocol:</source>
        <translation>安全协议(&amp;S)：</translation>
    </message>
    <message>
        <source>SASL authentication</source>
        <translation>SASL 认证</translation>
    </message>
    <message>
        <source>Kafka&apos;s sasl.mechanism; the broker must have it enabled. PLAIN sends the password as is, so use it only with SASL_SSL.</source>
        <translation>Kafka 的 sasl.mechanism；Broker 必须已启用该机制。PLAIN 会原样发送密码，因此只应与 SASL_SSL 一起使用。</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>机制(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key)</source>
        <translation>PEM 文件 (*.pem *.crt *.cer *.key)</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>选择 CA 证书</translation>
    </message>
    <message>
        <source>the system&apos;s trusted authorities</source>
        <translation>系统信任的证书颁发机构</translation>
    </message>
    <message>
        <source>The certificate authority that signed the brokers&apos; certificates (ssl.truststore). Leave empty to trust the system&apos;s authorities.</source>
        <translation>签发 Broker 证书的证书颁发机构（ssl.truststore）。留空则信任系统的证书颁发机构。</translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation>选择客户端证书</translation>
    </message>
    <message>
        <source>none (only for mutual TLS)</source>
        <translation>无（仅用于双向 TLS）</translation>
    </message>
    <message>
        <source>Choose the client key</source>
        <translation>选择客户端私钥</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>客户端证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>客户端私钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Key pass&amp;phrase:</source>
        <translation>私钥密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Connect with these settings, without saving them, and show each step.</source>
        <translation>使用这些设置连接（不保存），并显示每个步骤。</translation>
    </message>
    <message>
        <source>Only for SASL_PLAINTEXT and SASL_SSL.</source>
        <translation>仅用于 SASL_PLAINTEXT 和 SASL_SSL。</translation>
    </message>
    <message>
        <source>Only for SSL and SASL_SSL.</source>
        <translation>仅用于 SSL 和 SASL_SSL。</translation>
    </message>
    <message>
        <source>With SASL_SSL the client key must not be encrypted.</source>
        <translation>使用 SASL_SSL 时，客户端私钥不能加密。</translation>
    </message>
    <message>
        <source>Only if the client key is encrypted.</source>
        <translation>仅当客户端私钥已加密时需要。</translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>在系统密钥环中记住密码</translation>
    </message>
    <message>
        <source>Remember key passphrase in the system keychain</source>
        <translation>在系统密钥环中记住私钥密码</translation>
    </message>
    <message>
        <source>No system keychain is available, so Samsa asks for the password each time it connects and never writes it to disk.</source>
        <translation>没有可用的系统密钥环，因此 Samsa 每次连接时都会询问密码，且绝不会把它写入磁盘。</translation>
    </message>
    <message>
        <source>Passwords are kept in the system keychain, never in Samsa&apos;s own files.</source>
        <translation>密码保存在系统密钥环中，绝不会写入 Samsa 自己的文件。</translation>
    </message>
    <message>
        <source>SASL needs a user name.</source>
        <translation>SASL 需要用户名。</translation>
    </message>
    <message>
        <source>A client certificate needs its private key.</source>
        <translation>客户端证书需要配套的私钥。</translation>
    </message>
    <message>
        <source>A client key needs its certificate.</source>
        <translation>客户端私钥需要配套的证书。</translation>
    </message>
    <message>
        <source>stored in keychain</source>
        <translation>已保存在密钥环中</translation>
    </message>
    <message>
        <source>The keychain did not give the stored password: %1</source>
        <translation>密钥环没有提供已保存的密码：%1</translation>
    </message>
    <message>
        <source>The profile store is not open.</source>
        <translation>配置存储未打开。</translation>
    </message>
    <message>
        <source>The cluster could not be saved: %1</source>
        <translation>无法保存集群：%1</translation>
    </message>
    <message>
        <source>The cluster was saved, but the keychain did not store the password: %1
Save again to retry, or untick “Remember password” to be asked each time.</source>
        <translation>集群已保存，但密钥环没有保存密码：%1
请再次保存以重试，或取消勾选“记住密码”，以便每次询问。</translation>
    </message>
    <message>
        <source>Saving the password in the keychain…</source>
        <translation>正在把密码保存到密钥环…</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ProfileValidation</name>
    <message>
        <source>“%1”: an IPv6 address needs its closing “]”, as in [::1]:9092.</source>
        <extracomment>%1 is an IPv6 bootstrap server such as &quot;[::1:9092&quot;.</extracomment>
        <translation>“%1”：IPv6 地址需要闭合的“]”，例如 [::1]:9092。</translation>
    </message>
    <message>
        <source>“%1” needs a port, as in %1:9092.</source>
        <extracomment>%1 is a bootstrap server without a port, such as &quot;kafka1&quot;.</extracomment>
        <translation>“%1”需要端口，例如 %1:9092。</translation>
    </message>
    <message>
        <source>“%1” needs a host name before the port.</source>
        <translation>“%1”在端口之前需要主机名。</translation>
    </message>
    <message>
        <source>“%1”: the port must be a number from 1 to 65535.</source>
        <translation>“%1”：端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>The cluster needs a name.</source>
        <translation>集群需要一个名称。</translation>
    </message>
    <message>
        <source>Another cluster already has this name.</source>
        <translation>已有其他集群使用此名称。</translation>
    </message>
    <message>
        <source>Enter at least one bootstrap server, as host:port.</source>
        <translation>请至少输入一个引导服务器，格式为 host:port。</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>该文件不存在。</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>这是一个文件夹，不是文件。</translation>
    </message>
    <message>
        <source>This file cannot be read (check its permissions).</source>
        <translation>无法读取该文件（请检查其权限）。</translation>
    </message>
</context>
<context>
    <name>samsa::ui::RebalanceDetails</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> 位于 %1</translation>
    </message>
    <message>
        <source>stopped by the lab: it committed and left the group</source>
        <translation>被实验室停止：它提交了位移并离开了消费者组</translation>
    </message>
    <message>
        <source> (session.timeout.ms = %1)</source>
        <translation> （session.timeout.ms = %1）</translation>
    </message>
    <message>
        <source>left the group (a LeaveGroup, or its session timed out)</source>
        <translation>离开了消费者组（发送了 LeaveGroup，或会话超时）</translation>
    </message>
    <message>
        <source>killed by the lab at %1 without leaving; the coordinator removed it when its session timed out, %2 later, so its partitions went unread for %3</source>
        <translation>于 %1 被实验室强制终止，未离开消费者组；%2 后会话超时，协调者将其移除，因此它的分区有 %3 没有被读取</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a generation on the timeline (click, or Left and Right) to see what its rebalance changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在时间线上选择一个代（点击，或按左右方向键），查看它的重平衡改变了什么。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(number not known)</source>
        <translation>（编号未知）</translation>
    </message>
    <message>
        <source>Generation %1</source>
        <translation>第 %1 代</translation>
    </message>
    <message>
        <source>Stable from %1 to %2 (%3).</source>
        <translation>从 %1 到 %2 保持稳定（%3）。</translation>
    </message>
    <message>
        <source>Stable since %1: the current generation.</source>
        <translation>自 %1 起保持稳定：当前的代。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The group did not consume for %1 to %2&lt;/b&gt;: the rebalance began between %3 (the last sample with the group settled) and %4 (the first that saw it rebalancing); the group was stable again at %5.</source>
        <translation>&lt;b&gt;消费者组在 %1 至 %2 期间停止消费&lt;/b&gt;：重平衡开始于 %3（组稳定时的最后一次采样）与 %4（首次发现重平衡的采样）之间；消费者组于 %5 重新稳定。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The group did not consume for %1&lt;/b&gt;: the rebalance began at %2 and the group was stable again at %3.</source>
        <translation>&lt;b&gt;消费者组停止消费 %1&lt;/b&gt;：重平衡始于 %2，消费者组于 %3 重新稳定。</translation>
    </message>
    <message>
        <source>The rebalance happened between two samples: the group did not consume for at most %1.</source>
        <translation>重平衡发生在两次采样之间：消费者组停止消费的时间最多为 %1。</translation>
    </message>
    <message>
        <source>This generation began before the monitor watched the group.</source>
        <translation>这一代在监控开始观察该消费者组之前就已开始。</translation>
    </message>
    <message>
        <source>Protocol %1, assignor &lt;b&gt;%2&lt;/b&gt;%3.</source>
        <translation>协议 %1，分配策略 &lt;b&gt;%2&lt;/b&gt;%3。</translation>
    </message>
    <message>
        <source>, leader %1</source>
        <translation>，领导者 %1</translation>
    </message>
    <message>
        <source>Seen by the monitor and recorded by the coordinator in __consumer_offsets.</source>
        <translation>由监控观察到，并由协调者记录在 __consumer_offsets 中。</translation>
    </message>
    <message>
        <source>Read from the coordinator&apos;s record in __consumer_offsets.</source>
        <translation>读取自协调者在 __consumer_offsets 中的记录。</translation>
    </message>
    <message>
        <source>Seen by the monitor polling the group.</source>
        <translation>由监控轮询消费者组时观察到。</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 加入</translation>
    </message>
    <message>
        <source>%1 came back under a new member id (static membership)</source>
        <translation>%1 以新的成员 ID 重新加入（静态成员）</translation>
    </message>
    <message>
        <source>the assignor changed from %1 to %2</source>
        <translation>分配策略从 %1 改为 %2</translation>
    </message>
    <message>
        <source>the same members joined again</source>
        <translation>相同的成员重新加入</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变化内容</translation>
    </message>
    <message numerus="yes">
        <source>No partition changed hands (%n kept its owner).</source>
        <translation>
            <numerusform>没有分区更换所有者（%n 个保持原所有者）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) moved</source>
        <translation>
            <numerusform>%n 个分区被迁移</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n kept their owner)</source>
        <translation>
            <numerusform>（%n 个保持原所有者）</numerusform>
        </translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原所有者</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新所有者</translation>
    </message>
    <message>
        <source>&lt;i&gt;nobody&lt;/i&gt;</source>
        <translation>&lt;i&gt;无&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Members of this generation</source>
        <translation>本代的成员</translation>
    </message>
    <message>
        <source>None: the group was empty and only kept its offsets.</source>
        <translation>无：消费者组为空，只保留了位移。</translation>
    </message>
    <message>
        <source>nothing assigned</source>
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>samsa::ui::RebalanceTimeline</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>gen %1</source>
        <translation>第 %1 代</translation>
    </message>
    <message>
        <source>gen ?</source>
        <translation>第 ? 代</translation>
    </message>
    <message>
        <source>empty</source>
        <extracomment>A generation of a group with no members.</extracomment>
        <translation>空</translation>
    </message>
    <message>
        <source>nothing assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>paused %1</source>
        <extracomment>Under a rebalance: how long the group stopped consuming.</extracomment>
        <translation>停顿 %1</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>No generation recorded in this range. Rebalances appear here as the monitor sees them, and from __consumer_offsets where it can be read.</source>
        <translation>此范围内没有记录到任何代。监控观察到重平衡时会显示在这里，能读取 __consumer_offsets 时也会从中获取。</translation>
    </message>
    <message>
        <source>Rebalance between two samples: stable again at %1, at most %2 after the previous sample</source>
        <translation>重平衡发生在两次采样之间：于 %1 重新稳定，最多在上一次采样后 %2</translation>
    </message>
    <message>
        <source>%1 in generation %2: %3</source>
        <translation>第 %2 代中的 %1：%3</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A duration between two bounds, e.g. &quot;0.1–0.6 s&quot;.</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>Marks the present moment on the rebalance timeline.</extracomment>
        <translation>现在</translation>
    </message>
    <message>
        <source>Rebalance: the group did not consume for %1 (seen rebalancing at %2, stable at %3)</source>
        <translation>重平衡：消费者组停止消费 %1（%2 时发现正在重平衡，%3 时已稳定）</translation>
    </message>
</context>
<context>
    <name>samsa::ui::RebalancesPanel</name>
    <message>
        <source>Show the last</source>
        <translation>显示最近</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>Lanes are members. Red: rebalances, when the group did not consume; hatched: a dead member still holding partitions; triangles: lab actions. Drag or scroll to move in time.</source>
        <translation>每条泳道是一个成员。红色：重平衡，即消费者组停止消费的时间；斜线：已宕机但仍占有分区的成员；三角形：实验室操作。拖动或滚动可在时间上移动。</translation>
    </message>
</context>
<context>
    <name>samsa::ui::RecordDetailView</name>
    <message>
        <source>Select a message to see its key, value and headers.</source>
        <translation>选择一条消息以查看其键、值和消息头。</translation>
    </message>
    <message>
        <source>This record belongs to a transaction that was aborted: consumers reading committed data only never see it.</source>
        <translation>这条记录属于一个已中止的事务：只读取已提交数据的消费者永远看不到它。</translation>
    </message>
    <message>
        <source>This is a control record, a transaction marker the broker wrote; it holds no application data.</source>
        <translation>这是一条控制记录，即 Broker 写入的事务标记；它不包含应用数据。</translation>
    </message>
    <message>
        <source>This record is a tombstone: it has no value. On a compacted topic it deletes the key&apos;s earlier records.</source>
        <translation>这条记录是墓碑消息：它没有值。在日志压实的主题上，它会删除该键之前的记录。</translation>
    </message>
    <message>
        <source>This record has no headers. Producers add headers for metadata such as trace ids or content types.</source>
        <translation>这条记录没有消息头。生产者会为 trace id 或内容类型等元数据添加消息头。</translation>
    </message>
    <message>
        <source>Select a header to see its value.</source>
        <translation>选择一个消息头以查看其值。</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>值(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Headers (%1)</source>
        <extracomment>Tab title; %1 is the number of headers.</extracomment>
        <translation>消息头(&amp;H)（%1）</translation>
    </message>
    <message>
        <source>Key-value pairs the producer attached to the record, in the order it added them</source>
        <translation>生产者附加到记录上的键值对，按其添加顺序排列</translation>
    </message>
</context>
<context>
    <name>samsa::ui::RecordSummary</name>
    <message>
        <source>none</source>
        <comment>compression</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>The offset is the record&apos;s position in its partition; it never changes, and later records have larger offsets.</source>
        <translation>位移是记录在分区中的位置；它永远不会改变，之后的记录位移更大。</translation>
    </message>
    <message>
        <source>tombstone</source>
        <extracomment>Badge: the record has a key and no value.</extracomment>
        <translation>墓碑消息</translation>
    </message>
    <message>
        <source>A tombstone has a key and no value (null). On a compacted topic it tells the log cleaner to delete the earlier records with the same key; it stays for delete.retention.ms so that consumers see it.</source>
        <translation>墓碑消息有键但没有值（null）。在日志压实的主题上，它告诉日志清理器删除之前具有相同键的记录；它会保留 delete.retention.ms，以便消费者能看到它。</translation>
    </message>
    <message>
        <source>transactional</source>
        <extracomment>Badge: written inside a Kafka transaction.</extracomment>
        <translation>事务</translation>
    </message>
    <message>
        <source>Written by a transactional producer as part of a transaction. Consumers with isolation.level=read_committed see it only once the transaction commits.</source>
        <translation>由事务型生产者作为事务的一部分写入。isolation.level=read_committed 的消费者只有在事务提交后才能看到它。</translation>
    </message>
    <message>
        <source>control record</source>
        <extracomment>Badge: a control record (transaction marker), not application data.</extracomment>
        <translation>控制记录</translation>
    </message>
    <message>
        <source>A control record is a marker the broker writes to end a transaction (COMMIT or ABORT). Consumers never receive it; it is not application data.</source>
        <translation>控制记录是 Broker 为结束事务而写入的标记（COMMIT 或 ABORT）。消费者永远不会收到它；它不是应用数据。</translation>
    </message>
    <message>
        <source>aborted</source>
        <extracomment>Badge: part of a transaction that was rolled back.</extracomment>
        <translation>已中止</translation>
    </message>
    <message>
        <source>Part of a transaction that was aborted. Consumers with isolation.level=read_committed skip it; read_uncommitted ones see it.</source>
        <translation>属于一个已中止的事务。isolation.level=read_committed 的消费者会跳过它；read_uncommitted 的消费者能看到它。</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <source>CreateTime: set by the producer when it created the record. LogAppendTime: set by the broker when it stored the record (the topic&apos;s message.timestamp.type). The number is milliseconds since 1970-01-01 UTC.</source>
        <translation>CreateTime：由生产者在创建记录时设置。LogAppendTime：由 Broker 在存储记录时设置（取决于主题的 message.timestamp.type）。数值是自 1970-01-01 UTC 起的毫秒数。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Records with the same key go to the same partition, and compaction keeps the latest record of each key.</source>
        <translation>相同键的记录发往同一分区，日志压实会保留每个键的最新记录。</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>The uncompressed sizes of the key, the value and the headers</source>
        <translation>键、值和消息头未压缩时的大小</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>压缩</translation>
    </message>
    <message>
        <source>Producers compress whole batches of records; the broker keeps the batch as it came unless the topic&apos;s compression.type asks for another codec.</source>
        <translation>生产者会对整批记录进行压缩；除非主题的 compression.type 要求使用其他编码，Broker 会按原样保存该批次。</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>生产者</translation>
    </message>
    <message>
        <source>The producer id is given by the broker to an idempotent or transactional producer. The epoch grows each time a producer with the same transactional.id starts, so the broker can reject an older instance still writing (fencing). The sequence numbers the batches of a producer, so the broker drops a batch sent twice on a retry.</source>
        <translation>生产者 ID 由 Broker 分配给幂等或事务型生产者。每当具有相同 transactional.id 的生产者启动，epoch 就会增加，这样 Broker 可以拒绝仍在写入的旧实例（隔离）。序列号为生产者的批次编号，这样 Broker 可以丢弃重试时重复发送的批次。</translation>
    </message>
    <message>
        <source>%1 · partition %2 · offset %3</source>
        <extracomment>Where a record is: topic name, partition number, offset.</extracomment>
        <translation>%1 · 分区 %2 · 位移 %3</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>The record carries no timestamp (written by a very old client).</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 · epoch %2 ms · %3</source>
        <extracomment>%1 local date and time, %2 milliseconds since 1970-01-01 UTC, %3 CreateTime or LogAppendTime (Kafka&apos;s names, not translated).</extracomment>
        <translation>%1 · Unix 时间 %2 ms · %3</translation>
    </message>
    <message>
        <source>%1 marker (a control record&apos;s key names what it does)</source>
        <extracomment>%1 is COMMIT or ABORT.</extracomment>
        <translation>%1 标记（控制记录的键表明其作用）</translation>
    </message>
    <message>
        <source>null (no key)</source>
        <translation>null（无键）</translation>
    </message>
    <message>
        <source>empty (zero bytes)</source>
        <translation>空（零字节）</translation>
    </message>
    <message>
        <source>null</source>
        <extracomment>The size of a key or value that is null (absent).</extracomment>
        <translation>null</translation>
    </message>
    <message>
        <source>no headers</source>
        <translation>无消息头</translation>
    </message>
    <message numerus="yes">
        <source>%n header(s), %1</source>
        <extracomment>%1 is the total size of the headers, such as &quot;96 bytes&quot;.</extracomment>
        <translation>
            <numerusform>%n 个消息头，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>key %1 · value %2 · %3</source>
        <extracomment>Sizes of the parts of a record; %3 is, e.g., &quot;2 headers, 96 bytes&quot;.</extracomment>
        <translation>键 %1 · 值 %2 · %3</translation>
    </message>
    <message>
        <source>none (neither idempotent nor transactional)</source>
        <translation>无（既非幂等也非事务型）</translation>
    </message>
    <message>
        <source>id %1 · epoch %2 · sequence %3</source>
        <translation>ID %1 · epoch %2 · 序列号 %3</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ResetOffsetsDialog</name>
    <message>
        <source>Reset offsets of %1</source>
        <translation>重置 %1 的位移</translation>
    </message>
    <message>
        <source>Which partitions</source>
        <translation>哪些分区</translation>
    </message>
    <message>
        <source>Every partition the group has committed or is assigned</source>
        <translation>消费者组已提交或已分配的所有分区</translation>
    </message>
    <message>
        <source>Every partition of topic</source>
        <translation>主题的所有分区</translation>
    </message>
    <message>
        <source>These partitions:</source>
        <translation>这些分区：</translation>
    </message>
    <message>
        <source>Move the committed offsets to</source>
        <translation>把已提交的位移移到</translation>
    </message>
    <message>
        <source>The earliest offset (read everything still stored again)</source>
        <translation>最早的位移（重新读取仍保存的全部内容）</translation>
    </message>
    <message>
        <source>The latest offset (skip everything not yet read)</source>
        <translation>最新的位移（跳过所有尚未读取的内容）</translation>
    </message>
    <message>
        <source>The first message at or after</source>
        <translation>该时间点或之后的第一条消息</translation>
    </message>
    <message>
        <source>A specific offset</source>
        <translation>指定位移</translation>
    </message>
    <message>
        <source>Shift by</source>
        <translation>偏移条数</translation>
    </message>
    <message>
        <source>Local time; the message timestamps of each partition decide where it lands</source>
        <translation>本地时间；每个分区的消息时间戳决定落点</translation>
    </message>
    <message>
        <source>Negative to read messages again, positive to skip messages</source>
        <translation>负数表示重新读取消息，正数表示跳过消息</translation>
    </message>
    <message>
        <source>Preview (dry run)</source>
        <translation>预览（演练）</translation>
    </message>
    <message>
        <source>Show what would change, without changing anything</source>
        <translation>显示会发生哪些变化，但不做任何修改</translation>
    </message>
    <message>
        <source>Apply reset</source>
        <translation>执行重置</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <extracomment>%1 is what could not be read (&quot;the group&apos;s offsets&quot;), %2 the reason.</extracomment>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>Tick at least one partition.</source>
        <translation>请至少勾选一个分区。</translation>
    </message>
    <message>
        <source>Reading the group and its partitions…</source>
        <translation>正在读取消费者组及其分区…</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>消费者组</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>the group&apos;s committed offsets</source>
        <translation>消费者组已提交的位移</translation>
    </message>
    <message>
        <source>the partitions&apos; offsets</source>
        <translation>分区的位移</translation>
    </message>
    <message>
        <source>the offsets at that time</source>
        <translation>该时间点的位移</translation>
    </message>
    <message>
        <source>Nothing to reset: the group has no committed offset in this scope.</source>
        <translation>没有需要重置的内容：消费者组在此范围内没有已提交的位移。</translation>
    </message>
    <message numerus="yes">
        <source>The group has %n active member(s), so the reset cannot be applied: Kafka only accepts offsets from outside the group while it is empty. Stop these consumers first: %1.</source>
        <translation>
            <numerusform>该消费者组有 %n 个活跃成员，因此无法执行重置：只有在消费者组为空时，Kafka 才接受来自组外的位移。请先停止这些消费者：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n partition(s) would move; total lag %1 → %2. Nothing has changed yet.</source>
        <translation>
            <numerusform>演练：%n 个分区的位移会移动；总滞后 %1 → %2。尚未做任何修改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n partition(s). The group resumes from the new offsets when it next starts.</source>
        <translation>
            <numerusform>已重置 %n 个分区。消费者组下次启动时将从新位移处继续。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) could not be reset; see the Result column.</source>
        <translation>
            <numerusform>%n 个分区无法重置；请查看“结果”列。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsa::ui::ResetPlan</name>
    <message>
        <source>The partition&apos;s offsets could not be read.</source>
        <translation>无法读取该分区的位移。</translation>
    </message>
    <message>
        <source>Nothing committed to shift from: the log end is used.</source>
        <translation>没有已提交的位移可供偏移：改用日志末端。</translation>
    </message>
    <message>
        <source>The offset for that time could not be read.</source>
        <translation>无法读取该时间点对应的位移。</translation>
    </message>
    <message>
        <source>No message is that recent: the log end is used.</source>
        <translation>没有这么新的消息：改用日志末端。</translation>
    </message>
    <message>
        <source>Before the log start (%1): moved up to it.</source>
        <translation>早于日志起点（%1）：已移到日志起点。</translation>
    </message>
    <message>
        <source>Past the log end (%1): moved back to it.</source>
        <translation>超过日志末端（%1）：已移回日志末端。</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ResetPreviewModel</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <extracomment>Lag after a reset and its change, e.g. &quot;120 (+100)&quot;.</extracomment>
        <translation>%1（%2%3）</translation>
    </message>
    <message>
        <source>not applied yet</source>
        <translation>尚未应用</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Committed now</source>
        <translation>当前已提交</translation>
    </message>
    <message>
        <source>After the reset</source>
        <translation>重置后</translation>
    </message>
    <message>
        <source>Lag now</source>
        <translation>当前滞后</translation>
    </message>
    <message>
        <source>Lag after</source>
        <translation>重置后滞后</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>samsa::ui::RunSummary</name>
    <message numerus="yes">
        <source>%n more partition(s)</source>
        <translation>
            <numerusform>还有 %n 个分区</numerusform>
        </translation>
    </message>
    <message>
        <source> at offset %1</source>
        <translation> 位于位移 %1</translation>
    </message>
    <message>
        <source> at offsets %1–%2</source>
        <extracomment>%1 and %2 are the first and last offset</extracomment>
        <translation> 位于位移 %1–%2</translation>
    </message>
    <message>
        <source>partition %1: %2%3</source>
        <extracomment>%1 is a partition number, %2 a record count, %3 where they are (may be empty)</extracomment>
        <translation>分区 %1：%2%3</translation>
    </message>
    <message>
        <source>Sending… %1 of %2 records</source>
        <extracomment>%1 records handed over so far, %2 all records of the run</extracomment>
        <translation>正在发送… %1 / %2 条记录</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) written to %1 in %2</source>
        <extracomment>%n written records, %1 the topic, %2 the duration (&quot;12 ms&quot;, &quot;1.5 s&quot;)</extracomment>
        <translation>
            <numerusform>已在 %2 内向 %1 写入 %Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1/s)</source>
        <extracomment>records per second</extracomment>
        <translation> （%1/秒）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) failed.</source>
        <translation>
            <numerusform>%Ln 条记录失败。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln record(s) were not sent.</source>
        <translation>
            <numerusform>已取消：%Ln 条记录未发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln record(s) were not sent.</source>
        <translation>
            <numerusform>已停止：%Ln 条记录未发送。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsa::ui::ScanStatus</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the scan; the matches found so far stay listed (Esc)</source>
        <translation>停止扫描；已找到的匹配项仍保留在列表中（Esc）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>Following new records · %1 read · %2</source>
        <extracomment>%1 records read so far, %2 &quot;N matches&quot;.</extracomment>
        <translation>正在跟随新记录 · 已读取 %1 · %2</translation>
    </message>
    <message>
        <source>Scanning… %1 of %2 records · %3 · %4/s</source>
        <extracomment>%1 read so far, %2 of how many, %3 &quot;N matches&quot;, %4 records per second.</extracomment>
        <translation>正在扫描… %1 / %2 条记录 · %3 · %4/秒</translation>
    </message>
    <message>
        <source>Scan failed after %1 records: %2</source>
        <translation>读取 %1 条记录后扫描失败：%2</translation>
    </message>
    <message>
        <source>Stopped after %1 records · %2</source>
        <translation>读取 %1 条记录后已停止 · %2</translation>
    </message>
    <message>
        <source>Scanned %1 records · %2 · %3 s</source>
        <extracomment>%1 records read, %2 &quot;N matches&quot;, %3 seconds.</extracomment>
        <translation>已扫描 %1 条记录 · %2 · %3 秒</translation>
    </message>
    <message>
        <source>the first %1 are listed; export all matches to get every one</source>
        <translation>只列出了前 %1 条；如需全部结果，请导出全部匹配项</translation>
    </message>
</context>
<context>
    <name>samsa::ui::Screenshots</name>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
</context>
<context>
    <name>samsa::ui::SecretPrompt</name>
    <message>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <source>Key passphrase for %1</source>
        <translation>%1 的私钥密码</translation>
    </message>
    <message>
        <source>Enter the password of &lt;b&gt;%1&lt;/b&gt; for the cluster &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>请输入集群 &lt;b&gt;%2&lt;/b&gt; 上用户 &lt;b&gt;%1&lt;/b&gt; 的密码。</translation>
    </message>
    <message>
        <source>Enter the passphrase of the client key for the cluster &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>请输入集群 &lt;b&gt;%1&lt;/b&gt; 的客户端私钥密码。</translation>
    </message>
    <message>
        <source>No system keychain is available, so it is kept only until the app quits.</source>
        <translation>没有可用的系统密钥环，因此它只保存到应用退出为止。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>私钥密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>samsa::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <extracomment>%1 is the system&apos;s language, named in itself (&quot;Deutsch&quot;, &quot;简体中文&quot;).</extracomment>
        <translation>系统语言（%1）</translation>
    </message>
    <message>
        <source>The language of Samsa&apos;s texts, numbers and dates</source>
        <translation>Samsa 的文字、数字和日期所使用的语言</translation>
    </message>
    <message>
        <source>The new language is used after Samsa restarts.</source>
        <translation>新的语言将在 Samsa 重启后生效。</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the refresh interval&apos;s number: seconds.</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How often the cluster overview reads the cluster again while it is shown. Each read asks the brokers for metadata and log sizes.</source>
        <translation>集群概览在显示时重新读取集群的频率。每次读取都会向 Broker 查询元数据和日志大小。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>刷新间隔(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>samsa::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Filter by command or key</source>
        <translation>按命令或按键过滤</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>This page</source>
        <translation>当前页面</translation>
    </message>
</context>
<context>
    <name>samsa::ui::TopicConfigEditor</name>
    <message>
        <source>Topic configs not covered by the fields above. Unknown names and invalid values are flagged on their row.</source>
        <translation>上面的字段没有涵盖的主题配置。未知的名称和无效的值会在所在行中标出。</translation>
    </message>
    <message>
        <source>Add config</source>
        <translation>添加配置</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>samsa::ui::TopicConfigFields</name>
    <message>
        <source>unlimited</source>
        <extracomment>Retention size unit meaning no size limit (retention.bytes = -1).</extracomment>
        <translation>无限制</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <extracomment>Shown in a field left empty, so the cluster&apos;s setting applies; %1 is Kafka&apos;s default.
----------
First entry of a list: send nothing and keep the cluster&apos;s setting.</extracomment>
        <translation>默认（%1）</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>forever</source>
        <extracomment>Retention time unit meaning data is never deleted by age (retention.ms = -1).</extracomment>
        <translation>永久</translation>
    </message>
    <message>
        <source>retention.ms: how long a message is kept before its segment may be deleted.
%1</source>
        <translation>retention.ms：消息在其所在日志段可被删除之前保留的时长。
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
        <translation>retention.bytes：每个分区最多保留的数据量，超出后最旧的日志段会被删除。
%1</translation>
    </message>
    <message>
        <source>cleanup.policy: delete removes old segments by retention; compact keeps the latest record of each key.</source>
        <translation>cleanup.policy：delete 按保留策略删除旧日志段；compact（日志压实）为每个键保留最新的记录。</translation>
    </message>
    <message>
        <source>compression.type: producer stores batches as the producer compressed them; any other value makes the broker recompress.</source>
        <translation>compression.type：producer 按生产者压缩的方式存储批次；其他任何值都会使 Broker 重新压缩。</translation>
    </message>
    <message>
        <source>min.insync.replicas: how many replicas must have a write before a producer with acks=all is told it succeeded.</source>
        <translation>min.insync.replicas：acks=all 的生产者在收到写入成功的确认之前，必须有多少个副本完成写入。</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>segment.bytes: the size at which the log of a partition rolls to a new file; retention deletes whole segments.</source>
        <translation>segment.bytes：分区日志滚动到新文件时的大小；保留策略按整个日志段删除数据。</translation>
    </message>
    <message>
        <source>Retention &amp;time:</source>
        <translation>保留时间(&amp;T)：</translation>
    </message>
    <message>
        <source>Retention si&amp;ze:</source>
        <translation>保留大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>C&amp;leanup policy:</source>
        <translation>清理策略(&amp;L)：</translation>
    </message>
    <message>
        <source>Co&amp;mpression:</source>
        <translation>压缩(&amp;M)：</translation>
    </message>
    <message>
        <source>Min. in-sync re&amp;plicas:</source>
        <translation>最小同步副本数(&amp;P)：</translation>
    </message>
    <message>
        <source>Se&amp;gment size:</source>
        <translation>日志段大小(&amp;G)：</translation>
    </message>
    <message>
        <source>Higher than the replication factor (%1): producers using acks=all will not be able to write.</source>
        <translation>高于副本因子（%1）：使用 acks=all 的生产者将无法写入。</translation>
    </message>
</context>
<context>
    <name>samsa::ui::TopicDetailPage</name>
    <message>
        <source>Purge messages</source>
        <translation>清除消息</translation>
    </message>
    <message>
        <source>Delete all %2 messages of %1?</source>
        <extracomment>%1 is the topic name, %2 a message count.</extracomment>
        <translation>删除 %1 的全部 %2 条消息？</translation>
    </message>
    <message>
        <source>Every partition&apos;s log start offset moves up to its high watermark. Consumers lose these messages for good; the topic and its settings stay.</source>
        <translation>每个分区的日志起始位移都会前移到其高水位。消费者将永久失去这些消息；主题及其设置保留。</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Could not purge %1: %2</source>
        <translation>无法清除 %1：%2</translation>
    </message>
    <message>
        <source>partition %1: %2</source>
        <translation>分区 %1：%2</translation>
    </message>
    <message>
        <source>Purged %1 messages from %2.</source>
        <translation>已从 %2 清除 %1 条消息。</translation>
    </message>
    <message>
        <source>Some partitions were not purged:
%1</source>
        <translation>部分分区没有被清除：
%1</translation>
    </message>
    <message>
        <source>Could not add partitions to %1: %2</source>
        <translation>无法为 %1 增加分区：%2</translation>
    </message>
    <message>
        <source>%1 now has %2 partitions.</source>
        <translation>%1 现在有 %2 个分区。</translation>
    </message>
    <message>
        <source>internal</source>
        <extracomment>Badge next to the name of a topic Kafka keeps for itself, like __consumer_offsets.</extracomment>
        <translation>内部</translation>
    </message>
    <message>
        <source>Kafka uses this topic for its own bookkeeping; change it only if you know why.</source>
        <translation>Kafka 用此主题做自身的记录管理；除非清楚原因，否则不要修改它。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the topic again from the cluster (F5)</source>
        <translation>从集群重新读取该主题（F5）</translation>
    </message>
    <message>
        <source>Add partitions…</source>
        <translation>增加分区…</translation>
    </message>
    <message>
        <source>Give the topic more partitions, so more consumers of a group can share the work</source>
        <translation>为主题增加分区，使消费者组中更多的消费者可以分担工作</translation>
    </message>
    <message>
        <source>Purge messages…</source>
        <translation>清除消息…</translation>
    </message>
    <message>
        <source>Delete every message stored in the topic, keeping the topic and its settings</source>
        <translation>删除主题中存储的所有消息，保留主题及其设置</translation>
    </message>
    <message>
        <source>Browse messages</source>
        <translation>浏览消息</translation>
    </message>
    <message>
        <source>Read the topic&apos;s messages: from any offset or time, live, filtered</source>
        <translation>读取主题的消息：可从任意位移或时间开始，可实时，可过滤</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Configs</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>The topic %1 does not exist. It may have been deleted; refresh the topic list.</source>
        <translation>主题 %1 不存在。它可能已被删除；请刷新主题列表。</translation>
    </message>
    <message>
        <source>Could not describe the topic: %1</source>
        <translation>无法获取主题描述：%1</translation>
    </message>
    <message>
        <source>This topic no longer exists.</source>
        <translation>该主题已不存在。</translation>
    </message>
    <message>
        <source>The offsets of one partition could not be read.</source>
        <translation>无法读取一个分区的位移。</translation>
    </message>
    <message>
        <source>The offsets of %1 partitions could not be read.</source>
        <translation>无法读取 %1 个分区的位移。</translation>
    </message>
    <message>
        <source>Could not read the offsets: %1</source>
        <translation>无法读取位移：%1</translation>
    </message>
    <message>
        <source>Could not read partition sizes: %1</source>
        <translation>无法读取分区大小：%1</translation>
    </message>
    <message>
        <source>The partitions could not be loaded. Press F5 to try again.</source>
        <translation>无法加载分区。按 F5 重试。</translation>
    </message>
    <message>
        <source>This topic has no partitions.</source>
        <translation>该主题没有分区。</translation>
    </message>
    <message>
        <source>Not found on the cluster</source>
        <translation>在集群上找不到</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Loading partitions…</source>
        <translation>正在加载分区…</translation>
    </message>
    <message>
        <source>1 partition</source>
        <translation>1 个分区</translation>
    </message>
    <message>
        <source>%1 partitions</source>
        <translation>%1 个分区</translation>
    </message>
    <message>
        <source>replication factor %1</source>
        <translation>副本因子 %1</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 条消息</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
</context>
<context>
    <name>samsa::ui::TopicListLoader</name>
    <message>
        <source>message counts</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>sizes</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>configs</source>
        <translation>配置</translation>
    </message>
</context>
<context>
    <name>samsa::ui::TopicListModel</name>
    <message>
        <source>%1 or %2</source>
        <extracomment>Retention of a topic limited by time and by size, e.g. &quot;7 days or 1 GiB&quot;.</extracomment>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Shown in the &quot;Internal&quot; column for Kafka&apos;s own topics such as __consumer_offsets.</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <source>retention.ms = %1
retention.bytes = %2</source>
        <translation>retention.ms = %1
retention.bytes = %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Partitions</source>
        <translation>分区数</translation>
    </message>
    <message>
        <source>Replicas</source>
        <extracomment>Column header; short for &quot;replication factor&quot;.</extracomment>
        <translation>副本数</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保留策略</translation>
    </message>
    <message>
        <source>Cleanup policy</source>
        <translation>清理策略</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Number of partitions: the topic&apos;s unit of parallelism and ordering.</source>
        <translation>分区数：主题并行处理和保持顺序的单位。</translation>
    </message>
    <message>
        <source>Replication factor: how many brokers keep a copy of each partition.</source>
        <translation>副本因子：每个分区由多少个 Broker 保存副本。</translation>
    </message>
    <message>
        <source>Messages currently stored: the sum over partitions of the latest offset minus the earliest one. Compacted topics may hold fewer.</source>
        <translation>当前存储的消息数：各分区最新位移减去最早位移之和。日志压实的主题实际保存的可能更少。</translation>
    </message>
    <message>
        <source>Disk space used by the topic, all replicas together.</source>
        <translation>主题占用的磁盘空间，所有副本合计。</translation>
    </message>
    <message>
        <source>How long (retention.ms) and how much (retention.bytes) each partition keeps before old segments are deleted.</source>
        <translation>每个分区在删除旧日志段之前保留多久（retention.ms）和保留多少（retention.bytes）。</translation>
    </message>
    <message>
        <source>delete: old segments are removed by retention; compact: only the latest record of each key is kept.</source>
        <translation>delete：按保留策略删除旧日志段；compact：每个键只保留最新的记录。</translation>
    </message>
    <message>
        <source>Topics Kafka uses for itself, such as committed consumer offsets.</source>
        <translation>Kafka 自己使用的主题，例如保存消费者已提交位移的主题。</translation>
    </message>
</context>
<context>
    <name>samsa::ui::TopicNameRules</name>
    <message>
        <source>Enter a name for the topic.</source>
        <translation>请输入主题名称。</translation>
    </message>
    <message>
        <source>&quot;.&quot; and &quot;..&quot; cannot be used as topic names.</source>
        <translation>“.”和“..”不能用作主题名称。</translation>
    </message>
    <message>
        <source>A topic name can have at most %1 characters; this one has %2.</source>
        <translation>主题名称最多 %1 个字符；此名称有 %2 个。</translation>
    </message>
    <message>
        <source>space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Not allowed in a topic name: %1. Use letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <extracomment>%1 lists the characters that are not allowed, e.g. &quot;space, &quot;/&quot;&quot;.</extracomment>
        <translation>主题名称中不允许使用：%1。请使用字母、数字、“.”、“_”和“-”。</translation>
    </message>
    <message>
        <source>A topic named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的主题已存在。</translation>
    </message>
    <message>
        <source>Collides with the existing topic &quot;%1&quot;: Kafka&apos;s metric names treat &quot;.&quot; and &quot;_&quot; alike, so only one of them can exist.</source>
        <translation>与已有主题“%1”冲突：Kafka 的指标名称把“.”和“_”视为相同，因此二者只能存在一个。</translation>
    </message>
    <message>
        <source>Kafka&apos;s metric names treat &quot;.&quot; and &quot;_&quot; alike; using only one of them in topic names avoids collisions.</source>
        <translation>Kafka 的指标名称把“.”和“_”视为相同；主题名称中只使用其中一种可以避免冲突。</translation>
    </message>
</context>
<context>
    <name>samsa::ui::TopicPicker</name>
    <message>
        <source>Topic name</source>
        <translation>主题名称</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>Choose the topic to write to.</source>
        <translation>请选择要写入的主题。</translation>
    </message>
    <message>
        <source>There is no topic &quot;%1&quot;.</source>
        <translation>没有名为“%1”的主题。</translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s)</source>
        <translation>
            <numerusform>%n 个分区</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsa::ui::TopicsPage</name>
    <message numerus="yes">
        <source>  and %n more</source>
        <extracomment>Ends a list of topic names that was cut short.</extracomment>
        <translation>
            <numerusform>  以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n topic(s) and every message in them? This cannot be undone.</source>
        <translation>
            <numerusform>删除 %n 个主题及其中的所有消息？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Load the topic list again (%1)</source>
        <translation>重新加载主题列表（%1）</translation>
    </message>
    <message>
        <source>Create topic…</source>
        <translation>创建主题…</translation>
    </message>
    <message>
        <source>Create a new topic (%1)</source>
        <translation>创建新主题（%1）</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the selected topics and their messages (Delete)</source>
        <translation>删除所选主题及其消息（Delete）</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Filter by name (Ctrl+F)</source>
        <translation>按名称过滤（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show internal topics</source>
        <translation>显示内部主题</translation>
    </message>
    <message>
        <source>Kafka&apos;s own topics, such as __consumer_offsets where consumer groups commit their positions.</source>
        <translation>Kafka 自己的主题，例如消费者组提交位移所用的 __consumer_offsets。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Loading topics…</source>
        <translation>正在加载主题…</translation>
    </message>
    <message>
        <source>No topics yet</source>
        <translation>暂无主题</translation>
    </message>
    <message>
        <source>A topic is a named stream of messages, split into partitions. Create one to start producing.</source>
        <translation>主题是一个有名称的消息流，分为多个分区。创建一个主题即可开始生产。</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <extracomment>%1 is what could not be loaded (&quot;sizes&quot;, &quot;configs&quot;), %2 the reason.</extracomment>
        <translation>无法加载%1：%2</translation>
    </message>
    <message>
        <source>Could not load the topics: %1</source>
        <translation>无法加载主题：%1</translation>
    </message>
    <message>
        <source>The topics could not be loaded.</source>
        <translation>无法加载主题。</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n 个主题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n topic(s)</source>
        <translation>
            <numerusform>%1 / %n 个主题</numerusform>
        </translation>
    </message>
    <message>
        <source>Created topic &quot;%1&quot;.</source>
        <translation>已创建主题“%1”。</translation>
    </message>
    <message>
        <source>Delete topics?</source>
        <translation>删除主题？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n topic(s)…</source>
        <translation>
            <numerusform>正在删除 %n 个主题…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n topic(s).</source>
        <translation>
            <numerusform>已删除 %n 个主题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not delete %n topic(s):</source>
        <translation>
            <numerusform>无法删除 %n 个主题：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samsa::ui::ValueEditor</name>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file is %1; values are limited to %2.</source>
        <translation>文件大小为 %1；值的上限为 %2。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Null (tombstone)</source>
        <extracomment>the record has no value (a null value, which Kafka calls a tombstone)</extracomment>
        <translation>Null（墓碑消息）</translation>
    </message>
    <message>
        <source>Text and JSON are sent as UTF-8; JSON is checked first. A file is sent byte for byte. A null value is a tombstone: on a compacted topic it deletes the key.</source>
        <translation>文本和 JSON 以 UTF-8 发送；JSON 会先经过检查。文件按字节原样发送。null 值是墓碑消息：在日志压实的主题上会删除该键。</translation>
    </message>
    <message>
        <source>The record value, e.g. {&quot;id&quot;: {{i}}, &quot;at&quot;: {{now}}}</source>
        <translation>记录的值，例如 {&quot;id&quot;: {{i}}, &quot;at&quot;: {{now}}}</translation>
    </message>
    <message>
        <source>File whose bytes are the value</source>
        <translation>以其字节作为值的文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>The record is sent without a value. On a topic with cleanup.policy=compact, this deletes the key once the log is cleaned.</source>
        <translation>记录在发送时不带值。在 cleanup.policy=compact 的主题上，日志清理后该键会被删除。</translation>
    </message>
    <message>
        <source>To send {{ and }} as they are, turn off &quot;Fill in placeholders&quot;.</source>
        <translation>如需原样发送 {{ 和 }}，请关闭“填充占位符”。</translation>
    </message>
    <message>
        <source>Value from File</source>
        <translation>来自文件的值</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Choose the file to send.</source>
        <translation>请选择要发送的文件。</translation>
    </message>
    <message>
        <source>%1 to send as they are.</source>
        <translation>%1 将原样发送。</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列处不是有效的 JSON：%3</translation>
    </message>
</context>
</TS>
