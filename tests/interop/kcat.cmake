samsa_add_interop_test(test_kcat SOURCES test_kcat.cpp)
