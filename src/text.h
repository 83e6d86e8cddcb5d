#ifndef GD_text_H
#define GD_text_H
#endif
