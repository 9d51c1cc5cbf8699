# kill -9 of the broker while its log cleaner swaps segments in, restarted on the same data.
samsa_add_interop_test(test_cleaner_crash TIMEOUT 120 SOURCES test_cleaner_crash.cpp LIBS samsa_interop_rdkafka)
