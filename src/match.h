#ifndef GD_match_H
#define GD_match_H
#endif
