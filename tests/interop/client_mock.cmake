# The admin client against a Kafka server we did not write: librdkafka's mock cluster,
# in-process, with three brokers so requests must find their leader and controller.
samsa_add_test(test_client_mock LABEL interop TIMEOUT 300 SOURCES test_client_mock.cpp
    LIBS samsa_client PkgConfig::RDKAFKA)
