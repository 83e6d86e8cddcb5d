#ifndef GD_push_H
#define GD_push_H
#endif
