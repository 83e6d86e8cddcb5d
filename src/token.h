#ifndef GD_token_H
#define GD_token_H
#endif
