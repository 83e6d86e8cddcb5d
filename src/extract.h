#ifndef GD_extract_H
#define GD_extract_H
#endif
