# Tests of samsa_ui_shell (About, Settings, Keyboard shortcuts, themes, one instance per
# user), of the remembered column layouts, and of the window's menus and keys.
samsa_add_test(test_shell LABEL ui SOURCES test_shell.cpp LIBS samsa_ui_shell)
samsa_add_test(test_table_layout LABEL ui SOURCES test_table_layout.cpp LIBS samsa_ui_common)
samsa_add_test(test_shell_window LABEL ui SOURCES test_shell_window.cpp LIBS samsa_ui)
