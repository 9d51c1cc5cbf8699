# Tests of samsa_ui_groups (the groups page, a group's detail, the rebalance lab).
samsa_add_test(test_group_models LABEL ui SOURCES test_group_models.cpp LIBS samsa_ui_groups)
samsa_add_test(test_group_pages LABEL ui SOURCES test_group_pages.cpp LIBS samsa_ui_groups Qt6::Sql)
samsa_add_test(test_group_lab LABEL ui SOURCES test_group_lab.cpp LIBS samsa_ui_groups)
