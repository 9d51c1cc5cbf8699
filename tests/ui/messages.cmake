# Tests of samsa_ui_messages (the message browser).
samsa_add_test(test_message_model LABEL ui SOURCES test_message_model.cpp LIBS samsa_ui_messages)
samsa_add_test(test_message_browser LABEL ui SOURCES test_message_browser.cpp LIBS samsa_ui_messages)
samsa_add_test(test_message_transactions LABEL ui SOURCES test_message_transactions.cpp LIBS samsa_ui_messages)
