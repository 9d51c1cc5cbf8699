# Tests of samsa_ui_overview (the cluster overview and the brokers page).
samsa_add_test(test_overview LABEL ui SOURCES test_overview.cpp
    LIBS samsa_ui_overview)
samsa_add_test(test_brokers LABEL ui SOURCES test_brokers.cpp
    LIBS samsa_ui_overview)
samsa_add_test(test_responsiveness LABEL ui SOURCES test_responsiveness.cpp LIBS samsa_ui_overview)
