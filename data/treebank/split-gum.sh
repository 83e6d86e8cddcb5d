#!/bin/sh
# SPDX-License-Identifier: MIT
# Splits GUM's Wikinews documents (gum-news.conllu) by document: the 1st,
# 3rd, 5th... document for training, the others held out for measuring.
# Usage: split-gum.sh gum-news.conllu   (writes gum-news-{train,test}.conllu.gz)
set -eu
awk -v train=gum-news-train.conllu -v test=gum-news-test.conllu '
  /^# newdoc id/ { doc++ }
  { print > (doc % 2 == 1 ? train : test) }' "$1"
gzip -9nf gum-news-train.conllu gum-news-test.conllu
