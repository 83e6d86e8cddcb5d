#ifndef GD_eval_H
#define GD_eval_H
#endif
