# Helpers shared by the interop tests that drive the broker directly rather than
# through a command-line client.

# librdkafka's C API: a producer with delivery reports, an assign()-based reader,
# blocking admin calls.
add_library(samsa_interop_rdkafka STATIC support/rdkafka_client.cpp)
target_link_libraries(samsa_interop_rdkafka PUBLIC samsa_interop_support PkgConfig::RDKAFKA)

# Raw protocol connection: requests encoded with the generated codecs, or any bytes at all.
add_library(samsa_interop_wire STATIC support/wire_connection.cpp)
target_link_libraries(samsa_interop_wire PUBLIC samsa_interop_support samsa_protocol)
