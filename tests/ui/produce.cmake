# The produce dialog and the import of exported records (samsa_ui_produce).
samsa_add_test(test_produce_dialog LABEL ui SOURCES test_produce_dialog.cpp LIBS samsa_ui_produce)
samsa_add_test(test_import_dialog LABEL ui SOURCES test_import_dialog.cpp LIBS samsa_ui_produce)
samsa_add_test(test_produce_actions LABEL ui SOURCES test_produce_actions.cpp LIBS samsa_ui)
