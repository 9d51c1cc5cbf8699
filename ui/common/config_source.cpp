#include "ui/common/config_source.h"

#include <QCoreApplication>

namespace samsa::ui {

namespace {
// The translation context of these texts.
class ConfigSourceText {
    Q_DECLARE_TR_FUNCTIONS(samsa::ui::ConfigSource)
};
} // namespace

QString configSourceName(client::ConfigSource source) {
    using S = client::ConfigSource;
    switch (source) {
    case S::DynamicTopic:
        //: The value was set on this topic (Kafka's DYNAMIC_TOPIC_CONFIG).
        return ConfigSourceText::tr("topic override");
    case S::DynamicBroker:
        //: Set at run time for one broker (DYNAMIC_BROKER_CONFIG).
        return ConfigSourceText::tr("broker (dynamic)");
    case S::DynamicDefaultBroker:
        //: Set at run time as the default of every broker (DYNAMIC_DEFAULT_BROKER_CONFIG).
        return ConfigSourceText::tr("cluster default (dynamic)");
    case S::StaticBroker:
        //: Set in the broker's server.properties (STATIC_BROKER_CONFIG).
        return ConfigSourceText::tr("broker (static)");
    case S::Default:
        //: Kafka's built-in default (DEFAULT_CONFIG).
        return ConfigSourceText::tr("default");
    case S::DynamicBrokerLogger:
        //: A broker's logger level set at run time (DYNAMIC_BROKER_LOGGER_CONFIG).
        return ConfigSourceText::tr("broker logger");
    case S::Unknown:
        break;
    }
    return ConfigSourceText::tr("unknown");
}

} // namespace samsa::ui
