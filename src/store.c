/* stub: replaced by the module */
typedef int gd_stub_store;
