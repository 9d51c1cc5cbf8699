<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>samsa::ui</name>
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
    <name>samsa::ui::ClusterOverviewPage</name>
    <message numerus="yes">
        <source>Read the cluster's state again. While this page is visible it is also re-read every %n second(s).</source>
        <translation><numerusform>Read the cluster's state again. While this page is visible it is also re-read every %n second.</numerusform><numerusform>Read the cluster's state again. While this page is visible it is also re-read every %n seconds.</numerusform></translation>
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