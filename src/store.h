#ifndef GD_store_H
#define GD_store_H
#endif
