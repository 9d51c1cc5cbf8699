samsa_add_test(test_connection_explanations LABEL ui SOURCES test_connection_explanations.cpp
    LIBS samsa_ui_connections)
samsa_add_test(test_profile_dialog LABEL ui SOURCES test_profile_dialog.cpp LIBS samsa_ui_connections)
samsa_add_test(test_connection_test LABEL ui SOURCES test_connection_test.cpp LIBS samsa_ui_connections)
