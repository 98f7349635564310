"""The tuning set (all must pass, no wrong figures) and the held-out set (score floor)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlu.answers import Clarification
from tests.nlu.question_sets import answer_of, engine_for, service_for, wrong_figure
from tests.nlu.test_question_set import load, problems

DATA = Path(__file__).resolve().parents[1] / "data"
TUNE_SET = DATA / "questions-tune.jsonl"
HELD_OUT_SET = DATA / "questions-heldout.jsonl"
# A set written from the documents alone. Blind runs scored 72.2% (mid-way) and 75.4% (tuning
# finished); fixes made after reading its failures (word filters, value bounds) reached 78.2%
# with 11 wrong figures, then per-unit division, sums over filtered rows, loosely named projects
# and figures quoted from goals 89.5% with none; ask-back settling, ordinals, per clauses 94.4%.
# Session 4 (answers4: typos, ratios of goal figures, 数 as a count word, manner asks): 239/248.
# Session 5 (lists5: shared rows, 绩效标准, conditions without 指标): 241/248.
HELD_OUT_FLOOR = 248 / 248  # figures7: characters of like shape (院土 → 院士)
HELD_OUT_MAX_WRONG_FIGURES = 0
BLIND_1_SET = DATA / "questions-blind-1.jsonl"
# Written blind by a helper who never read the code. First run, untouched, on branch answers
# (merge 896c3c5): 109/130 = 83.8%, 7 wrong figures (main at 6a21d9d: 78.5%, 9 wrong). Since
# then it is a tuning set: 126/130 = 96.9%, no wrong figure.
BLIND_1_FLOOR = 130 / 130  # meaning7: vehicles implied by traffic (车辆通行)
BLIND_1_MAX_WRONG_FIGURES = 0
BLIND_2_SET = DATA / "questions-blind-2.jsonl"
# Kept out of the repository until the final measurement of session 3: 96/130 = 73.8% with 13
# wrong figures at the session's start (bc45388), 111/130 = 85.4% with 6 after all its work.
# Session 4 fixed its wrong figures by general mechanisms (composite shares, the project column
# of 项目总额, two header fields in one ask, verbs a weak match leaves open, weak parts of
# several asks): 126/130 = 96.9%. The one wrong figure left (b2-028) is the refusal to
# subtract 人 from 个, which shows both operands and which the set's key counts as wrong.
BLIND_2_FLOOR = 128 / 130
BLIND_2_MAX_WRONG_FIGURES = 1
BLIND_3_SET = DATA / "questions-blind-3.jsonl"
# 200 questions written in session 4 from the documents alone and kept outside the repository
# until the end of the session: 166/200 = 83.0% with 8 wrong figures at its start (50f8eaf),
# 163/200 = 81.5% with 7 after all its work (6d27f10), the honest blind figure. Polite
# request words made phrasing afterwards: 167/200; distinguishing words (国家级, tag b) must
# be explained like nouns: 168/200 with 6 wrong figures; 一场摊多少钱 asks per unit: 169/200, 5;
# a figure asked of a row named in full is the row's, not a goal sentence's: 170/200, 4.
# Session 5 (lists5): filters by 绩效标准 and shared rows, 人头, polite words: 181/200, 3;
# a project named by its words apart (场馆改造), how-many beside a rate: 183/200; a cost asked
# of a goal sentence stating no amount is no quote: 2 wrong figures.
# With the figures5 branch merged (arithmetic, meaning): 198/200, no wrong figure.
BLIND_3_FLOOR = 200 / 200  # meaning7: 建设 only says work on the thing (机制建设)
BLIND_3_MAX_WRONG_FIGURES = 0
BLIND_4_SET = DATA / "questions-blind-4.jsonl"
# 200 questions written in session 5 from the documents alone by a helper who never read the
# code, kept outside the repository and run only by the lead: 156/200 = 78.0% with 19 wrong
# figures at the session start (a8feaef); final blind run (4520801): 179/200 = 89.5% with 10.
# No longer blind after that run; two header fields asked one after the other: 180/200, 9;
# asks set apart by spaces: 182/200, 8; 准确度, 学校: 184/200; 图啥: 185/200.
BLIND_4_FLOOR = 199 / 200  # meaning7: the kind a which-ask names (往哪个方向完善)
BLIND_4_MAX_WRONG_FIGURES = 0
BLIND_5_SET = DATA / "questions-blind-5.jsonl"
# The same, by another writer: 152/200 = 76.0% with 16 wrong figures at the session start;
# final blind run (4520801): 167/200 = 83.5% with 8. Since (formal requests and the form's
# own terms made phrasing): 183/200 with 3; asks set apart by spaces: 187/200.
BLIND_5_FLOOR = 200 / 200  # session 7, main and figures7 merged
BLIND_5_MAX_WRONG_FIGURES = 0
TUNE_5_SET = DATA / "questions-tune-5.jsonl"
# 200 questions written in session 5 from the documents alone; first run, before any tuning on
# it (7adbd94): 150/200 = 75.0% with 12 wrong figures. A tuning set since.
# lists5 and figures5 merged: 194/200, no wrong figure.
TUNE_5_FLOOR = 199 / 200  # figures7: syllables without tones (实是单位)
TUNE_5_MAX_WRONG_FIGURES = 0
TUNE_6_SET = DATA / "questions-tune-6.jsonl"
# 200 questions written in session 5 from the documents alone, mostly two or three asks in one
# message; first run, before any tuning on it (merged answers branches, 7cfed03): 166/200 =
# 83.0% with 12 wrong figures. Tuned on by the lead since: 189/200 with 6.
TUNE_6_FLOOR = 198 / 200  # session 11: first round of all helpers merged
TUNE_6_MAX_WRONG_FIGURES = 0
TUNE_7_SET = DATA / "questions-tune-7.jsonl"
# 200 questions written in session 5 from the documents alone (meaning, single-candidate,
# noise, filters, arithmetic, absent); first run, before any tuning on it (1a800fb): 167/200 =
# 83.5% with 11 wrong figures. Tuned on by the lead since: 180/200 with 7.
TUNE_7_FLOOR = 199 / 200  # session 10: all of the session merged
TUNE_7_MAX_WRONG_FIGURES = 0
TUNE_8_SET = DATA / "questions-tune-8.jsonl"
# 200 questions written in session 5 from the documents alone (filters, several asks, meaning);
# first run, before any tuning on it (b515160): 173/200 = 86.5% with 8 wrong figures. Tuned on
# by the lead since: 185/200 with 4.
TUNE_8_FLOOR = 198 / 200  # session 6 round 2 (lists6)
TUNE_8_MAX_WRONG_FIGURES = 0
TUNE_9_SET = DATA / "questions-tune-9.jsonl"
# 200 questions written in session 6 from the documents alone (several asks, meaning, arithmetic);
# first run, before any tuning on it (62f9446): 142/200 = 71.0% with 18 wrong figures.
# A tuning set since; with dates written by month (1fa3c8e): 143/200, 17.
TUNE_9_FLOOR = 198 / 200  # session 11: first round of all helpers merged
TUNE_9_MAX_WRONG_FIGURES = 0
TUNE_10_SET = DATA / "questions-tune-10.jsonl"
# 200 questions written in session 6 from the documents alone (several asks, meaning, arithmetic);
# first run, before any tuning on it (62f9446): 173/200 = 86.5% with 8 wrong figures.
# A tuning set since; with dates written by month (1fa3c8e): 173/200, 8.
TUNE_10_FLOOR = 198 / 200  # session 10: all of the session merged
TUNE_10_MAX_WRONG_FIGURES = 0
TUNE_11_SET = DATA / "questions-tune-11.jsonl"
# 200 questions written in session 6 from the documents alone (meaning, several asks, filters);
# first run, before any tuning on it (62f9446): 174/200 = 87.0% with 6 wrong figures.
# A tuning set since; with dates written by month (1fa3c8e): 175/200, 5.
TUNE_11_FLOOR = 200 / 200  # session 11: first round of all helpers merged
TUNE_11_MAX_WRONG_FIGURES = 0
TUNE_12_SET = DATA / "questions-tune-12.jsonl"
# 200 questions written in session 6 from the documents alone (phone shorthand over every kind);
# first run, before any tuning on it (62f9446): 168/200 = 84.0% with 8 wrong figures.
# A tuning set since; with dates written by month (1fa3c8e): 168/200, 8.
TUNE_12_FLOOR = 199 / 200  # figures7: same-sound slips; per-unit asks set apart by spaces
TUNE_12_MAX_WRONG_FIGURES = 0
BLIND_6_SET = DATA / "questions-blind-6.jsonl"
# 200 questions written in session 6 from the documents alone by a helper who never read the
# code, kept outside the repository and run only by the lead: 178/200 = 89.0% with 12 wrong
# figures at the session start (62f9446); final blind run (08c42ed): 184/200 = 92.0% with 9.
# No longer blind after that run; greetings to the addressee, no divisor of one: 186/200, 7.
BLIND_6_FLOOR = 200 / 200  # after-blind fixes of lists6, figures6, meaning6 (round 3)
BLIND_6_MAX_WRONG_FIGURES = 0
BLIND_7_SET = DATA / "questions-blind-7.jsonl"
# The same, by another writer: 183/200 = 91.5% with 3 wrong figures at the session start;
# final blind run (08c42ed): 190/200 = 95.0% with 1.
BLIND_7_FLOOR = 199 / 200  # figures7: same-sound slips; a share of goal figures beats a row
BLIND_7_MAX_WRONG_FIGURES = 0
TUNE_13_SET = DATA / "questions-tune-13.jsonl"
# 200 questions written in session 7 from the documents alone, weighted to arithmetic and
# meaning; first run, before any tuning on it (bb21f0d): 183/200 = 91.5% with 5 wrong figures.
TUNE_13_FLOOR = 199 / 200  # meaning7 with figures7 merged (第几部分, 参照的标准, 市科协管的吗)
TUNE_13_MAX_WRONG_FIGURES = 1
TUNE_14_SET = DATA / "questions-tune-14.jsonl"
# The same, half on the test forms and 16% typos or voice slips: 178/200 = 89.0% with 7.
TUNE_14_FLOOR = 199 / 200  # meaning7 merged with lists7 (实习一期几周; 我是办公室小王 is chat)
TUNE_14_MAX_WRONG_FIGURES = 0
BLIND_8_SET = DATA / "questions-blind-8.jsonl"
# 200 questions written in session 7 from the documents alone by a helper who never read the
# code, kept outside the repository and run only by the lead: 186/200 = 93.0% with 4 wrong
# figures at the session start (ce8fe13); final blind run (a7db439): 188/200 = 94.0% with 5.
BLIND_8_FLOOR = 200 / 200  # round 2: lists7 + meaning7 + figures7
BLIND_8_MAX_WRONG_FIGURES = 0
BLIND_9_SET = DATA / "questions-blind-9.jsonl"
# The same, by another writer: 182/200 = 91.0% with 8 wrong figures at the session start;
# final blind run (a7db439): 184/200 = 92.0% with 7.
BLIND_9_FLOOR = 200 / 200  # round 2: lists7 + meaning7 + figures7
BLIND_9_MAX_WRONG_FIGURES = 0
W10_SET = DATA / "questions-w10.jsonl"
# 200 questions written in session 8 from the documents alone (phone wording); first run, before
# any tuning on it (367d6f0): 187/200 = 93.5% with 3 wrong figures. A tuning set since.
W10_FLOOR = 200 / 200  # lists8, figures8 and meaning8 merged (first mid-round merge)
W10_MAX_WRONG_FIGURES = 0
W11_SET = DATA / "questions-w11.jsonl"
# The same, half on the test forms, 15% typos or voice slips: 185/200 = 92.5% with 4.
W11_FLOOR = 200 / 200  # lists8, figures8 and meaning8 merged (first mid-round merge)
W11_MAX_WRONG_FIGURES = 0
W14_SET = DATA / "questions-w14.jsonl"
# 200 questions written in session 8 from the documents alone (asks by meaning or a figure's
# role, goal-text arithmetic); first run, with the session's first fixes merged (f5fffd4):
# 186/200 = 93.0% with 5 wrong figures, while w10 and w11 had gone to 200/200.
W14_FLOOR = 198 / 200  # lists8, figures8 and meaning8 merged (main 318f355)
W14_MAX_WRONG_FIGURES = 1
W15_SET = DATA / "questions-w15.jsonl"
# The same, half on the test forms, several asks and lists, voice-input style: 185/200 = 92.5%
# with 4.
W15_FLOOR = 200 / 200  # after-blind round: lists8, figures8 and meaning8 merged
W15_MAX_WRONG_FIGURES = 0
W12_SET = DATA / "questions-w12.jsonl"
# 200 questions written in session 8 from the documents alone by a helper who never read the
# code (a first-week staff member's questions), kept outside the repository and run only by the
# lead: 187/200 = 93.5% with 2 wrong figures at the session start (367d6f0); final blind run
# with all of the session's work merged (daeaf07): 189/200 = 94.5% with 2.
W12_FLOOR = 200 / 200  # session 9: asks9, lists9, figures9 and meaning9 merged (def464d)
W12_MAX_WRONG_FIGURES = 0
W13_SET = DATA / "questions-w13.jsonl"
# The same, by another writer (a finance officer; very short and very long messages): 188/200 =
# 94.0% with 6 at the start; final blind run (daeaf07): 190/200 = 95.0% with 4.
W13_FLOOR = 200 / 200  # session 11: first round of all helpers merged
W13_MAX_WRONG_FIGURES = 0
W16_SET = DATA / "questions-w16.jsonl"
# Written mid-session the same way (a department head before a budget meeting), first run with
# the first fixes merged (0c3cb2b): 185/200 = 92.5% with 3; final blind run (daeaf07): 185/200, 3.
W16_FLOOR = 199 / 200  # session 11: first round of all helpers merged
W16_MAX_WRONG_FIGURES = 0
W17_SET = DATA / "questions-w17.jsonl"
# The same (an auditor, half on the test forms): 191/200 = 95.5% with 2 on 0c3cb2b; final
# blind run (daeaf07): 192/200 = 96.0% with 2.
W17_FLOOR = 199 / 200  # after-blind round: lists8, figures8 and meaning8 merged
W17_MAX_WRONG_FIGURES = 0

W18_SET = DATA / "questions-w18.jsonl"
# 200 questions written in session 9 from the documents alone (a project manager's mid-year
# report: comparisons, yes/no checks, a figure asked for its row); first run before any tuning
# on it (da1a901): 186/200 = 93.0% with 3 wrong figures. A tuning set since.
W18_FLOOR = 200 / 200  # session 11: first round of all helpers merged
W18_MAX_WRONG_FIGURES = 0
W19_SET = DATA / "questions-w19.jsonl"
# The same, 60% on the test forms, asks by level, unit, operator and deadline: 195/200 = 97.5%
# with 3.
W19_FLOOR = 199 / 200  # session 9: asks9, lists9, figures9 and meaning9 merged (def464d)
W19_MAX_WRONG_FIGURES = 0
W20_SET = DATA / "questions-w20.jsonl"
# The same, another unit's words (KPI, 考核点, 口径, 额度, 盘子): 178/200 = 89.0% with 5.
W20_FLOOR = 198 / 200  # session 9: asks9, lists9, figures9 and meaning9 merged (def464d)
W20_MAX_WRONG_FIGURES = 0
W21_SET = DATA / "questions-w21.jsonl"
# The same, voice input (no punctuation, 然后/还有/顺便 chains, homophone slips): 173/200 =
# 86.5% with 9.
W21_FLOOR = 199 / 200  # session 9: asks9, lists9, figures9 and meaning9 merged (def464d)
W21_MAX_WRONG_FIGURES = 1

W25_SET = DATA / "questions-w25.jsonl"
# 200 questions written in session 9 from the documents alone (a department head's very terse
# phone messages, coined abbreviations); first run before any tuning on it (da6e98a):
# 148/200 = 74.0% with 19 wrong figures. A tuning set since.
W25_FLOOR = 195 / 200  # session 11: first round of all helpers merged
W25_MAX_WRONG_FIGURES = 0
W26_SET = DATA / "questions-w26.jsonl"
# The same, half very short, half voice input chaining two or three asks: 149/200 = 74.5% with
# 24.
W26_FLOOR = 194 / 200  # session 11: first round of all helpers merged
W26_MAX_WRONG_FIGURES = 0

W27_SET = DATA / "questions-w27.jsonl"
# 200 questions written in session 9 from the documents alone (a mix of the office's staff:
# half typed, a quarter very short, a quarter voice input), first run with the session's first
# fixes merged (27b1516): 183/200 = 91.5% with 7 wrong figures. A tuning set since.
W27_FLOOR = 200 / 200  # session 11: first round of all helpers merged
W27_MAX_WRONG_FIGURES = 0
W28_SET = DATA / "questions-w28.jsonl"
# The same (the form's column words said loosely, figures remembered and confirmed, 40% on the
# test forms): 185/200 = 92.5% with 9.
W28_FLOOR = 199 / 200  # session 10: all of the session merged
W28_MAX_WRONG_FIGURES = 0

W22_SET = DATA / "questions-w22.jsonl"
# 200 questions written at the start of session 9 from the documents alone (a leader's
# secretary: very terse commands, coined abbreviations), kept outside the repository as a blind
# set and run by the lead only at the start (da1a901): 152/200 = 76.0% with 18 wrong figures,
# and at the end with all of the session's work merged (def464d): 164/200 = 82.0% with 9.
W22_FLOOR = 193 / 200  # session 11: all of the session merged
W22_MAX_WRONG_FIGURES = 1
W23_SET = DATA / "questions-w23.jsonl"
# The same (an auditor of the finance bureau: formal, arithmetic across columns, absent items):
# 190/200 = 95.0% with 6 at the start; final blind run (def464d): 190/200 with 6.
W23_FLOOR = 200 / 200  # session 11: first round of all helpers merged
W23_MAX_WRONG_FIGURES = 0
W24_SET = DATA / "questions-w24.jsonl"
# The same (a 科普 centre officer, 45% on the test forms, goal-text paraphrases): 183/200 = 91.5%
# with 7 at the start; final blind run (def464d): 185/200 = 92.5% with 7.
W24_FLOOR = 195 / 200  # session 11: first round of all helpers merged
W24_MAX_WRONG_FIGURES = 1
W29_SET = DATA / "questions-w29.jsonl"
# 200 questions written at the start of session 10 from the documents alone (a new hire of the
# finance office: long-winded, guesses to correct, budgeting words), kept outside the
# repository as a blind set and run by the lead only at the start (e4a993a): 192/200 = 96.0%
# with 3 wrong figures, and at the end with all of the session's work merged (badd6fe):
# 191/200 = 95.5% with 3.
W29_FLOOR = 198 / 200  # session 11: first round of all helpers merged
W29_MAX_WRONG_FIGURES = 1
W30_SET = DATA / "questions-w30.jsonl"
# The same (a director between meetings: terse, comparisons across projects and years):
# 179/200 = 89.5% with 6 at the start; final blind run (badd6fe): 182/200 = 91.0% with 6.
W30_FLOOR = 196 / 200  # session 11: all of the session merged
W30_MAX_WRONG_FIGURES = 1
W31_SET = DATA / "questions-w31.jsonl"
# The same (an officer drafting next year's targets: the asker's own figures in the message):
# 170/200 = 85.0% with 23 at the start; final blind run (badd6fe): 189/200 = 94.5% with 5.
W31_FLOOR = 197 / 200  # session 11: first round of all helpers merged
W31_MAX_WRONG_FIGURES = 0
W32_SET = DATA / "questions-w32.jsonl"
# 200 questions written at the start of session 10 from the documents alone (an inspector of
# the supervising bureau: yes/no checks, wrong premises to correct, rows lacking a unit or an
# operator), first run on main before any session-10 change (e4a993a): 196/200 = 98.0% with 4
# wrong figures. A mid-session check, then a tuning set.
W32_FLOOR = 199 / 200  # session 11: first round of all helpers merged
W32_MAX_WRONG_FIGURES = 1
W33_SET = DATA / "questions-w33.jsonl"
# 200 questions written in session 10 from the documents alone (a project officer drafting next
# year's targets: 86 messages carry the asker's own figures — plans, actuals, guesses), first
# run on main (e4a993a): 151/200 = 75.5% with 35 wrong figures, most of them a 明年 or 去年 of
# the asker's plan read as the year asked. A tuning set.
W33_FLOOR = 200 / 200  # session 11: all of the session merged
W33_MAX_WRONG_FIGURES = 0
W34_SET = DATA / "questions-w34.jsonl"
# 200 questions written in session 10 from the documents alone (a department head between
# meetings: terse coined abbreviations, comparisons across projects and years, voice chains),
# first run on main with the first helper merge (dfefdc6): 176/200 = 88.0% with 10 wrong figures.
W34_FLOOR = 196 / 200  # session 11: first round of all helpers merged
W34_MAX_WRONG_FIGURES = 0
W35_SET = DATA / "questions-w35.jsonl"
# The same (year-end self-evaluation by voice: 73 messages carry the staff's own figures, actuals
# compared with targets), first run (dfefdc6): 156/200 = 78.0% with 22 wrong figures.
W35_FLOOR = 198 / 200  # session 11: all of the session merged
W35_MAX_WRONG_FIGURES = 0

W36_SET = DATA / "questions-w36.jsonl"
# 200 questions written at the start of session 11 from the documents alone (an auditor of the
# district finance bureau: formal requests, checks of money composition, wrong premises), kept
# outside the repository as a blind set and run by the lead only at the start (567759a):
# 179/200 = 89.5% with 6 wrong figures, and at the end with all of the session's work merged
# (0e9b6ec): 179/200 with 6.
W36_FLOOR = 182 / 200  # session 11: asides left out before reading (after the final run)
W36_MAX_WRONG_FIGURES = 5
W37_SET = DATA / "questions-w37.jsonl"
# The same (a young staff member typing fast on a phone: no punctuation, own abbreviations,
# slips): 178/200 = 89.0% with 6 at the start; final blind run (0e9b6ec): 182/200 with 6.
W37_FLOOR = 184 / 200  # session 11: a count told and worked in one breath (after the run)
W37_MAX_WRONG_FIGURES = 4
W38_SET = DATA / "questions-w38.jsonl"
# The same (an event organiser telling what was done beside the ask): 183/200 = 91.5% with 8
# at the start; final blind run (0e9b6ec): 187/200 with 5.
W38_FLOOR = 191 / 200  # session 11: a count told and worked in one breath (after the run)
W38_MAX_WRONG_FIGURES = 3
W39_SET = DATA / "questions-w39.jsonl"
# 200 questions written at the start of session 11 from the documents alone (a newly appointed
# team leader comparing projects and years), first run on main (567759a): 191/200 = 95.5% with
# 3 wrong figures. A tuning set.
W39_FLOOR = 197 / 200  # session 11: first round of all helpers merged
W39_MAX_WRONG_FIGURES = 0
W40_SET = DATA / "questions-w40.jsonl"
# The same (a communications officer: the goal text, its numbered parts, figures inside goal
# sentences), first run (567759a): 191/200 = 95.5% with 2 wrong figures. A tuning set.
W40_FLOOR = 199 / 200  # session 11: all of the session merged
W40_MAX_WRONG_FIGURES = 0
W41_SET = DATA / "questions-w41.jsonl"
# The same (a senior officer dictating by voice: fillers, self-corrections, numbers in Chinese
# characters, given figures to work with), first run (567759a): 176/200 = 88.0% with 16 wrong
# figures. A tuning set.
W41_FLOOR = 191 / 200  # session 11: all of the session merged
W41_MAX_WRONG_FIGURES = 3

W42_SET = DATA / "questions-w42.jsonl"
# 200 questions written in session 11 from the documents alone (a staff member of a district
# bureau whose projects are those of the three test forms: 160 of the 200 on them), first run
# on main (b36fceb): 182/200 = 91.0% with 4 wrong figures. A tuning set.
W42_FLOOR = 191 / 200  # session 11: all of the session merged
W42_MAX_WRONG_FIGURES = 0
W43_SET = DATA / "questions-w43.jsonl"
# The same (an older officer who describes each row by what it is about, older and regional
# office words, half-remembered figures to check), first run (b36fceb): 167/200 = 83.5% with
# 17 wrong figures. A tuning set.
W43_FLOOR = 188 / 200  # session 11: all of the session merged
W43_MAX_WRONG_FIGURES = 3

W44_SET = DATA / "questions-w44.jsonl"
# 200 questions written in session 11 from the documents alone (colleagues in the team's group
# chat: @mentions, forwarded lines, emoji, numbered asks), first run on main (ad7891e): 191/200
# = 95.5% with 2 wrong figures. A tuning set.
W44_FLOOR = 196 / 200  # session 11: all of the session merged
W44_MAX_WRONG_FIGURES = 1
W45_SET = DATA / "questions-w45.jsonl"
# The same (a trainee mixing English words and number styles into Chinese: KPI, budget, 130w,
# 40k元), first run (ad7891e): 171/200 = 85.5% with 11 wrong figures. A tuning set.
W45_FLOOR = 197 / 200  # session 11: all of the session merged
W45_MAX_WRONG_FIGURES = 0


@pytest.mark.parametrize("item", load(TUNE_SET), ids=lambda item: str(item["id"]))
def test_tune_question(item: dict[str, object]) -> None:
    answer = answer_of(item, service_for)
    assert problems(item, answer) == [], answer
    assert not wrong_figure(item, answer)


@pytest.mark.parametrize(
    ("path", "floor", "max_wrong"),
    [
        (HELD_OUT_SET, HELD_OUT_FLOOR, HELD_OUT_MAX_WRONG_FIGURES),
        (BLIND_1_SET, BLIND_1_FLOOR, BLIND_1_MAX_WRONG_FIGURES),
        (BLIND_2_SET, BLIND_2_FLOOR, BLIND_2_MAX_WRONG_FIGURES),
        (BLIND_3_SET, BLIND_3_FLOOR, BLIND_3_MAX_WRONG_FIGURES),
        (BLIND_4_SET, BLIND_4_FLOOR, BLIND_4_MAX_WRONG_FIGURES),
        (BLIND_5_SET, BLIND_5_FLOOR, BLIND_5_MAX_WRONG_FIGURES),
        (TUNE_5_SET, TUNE_5_FLOOR, TUNE_5_MAX_WRONG_FIGURES),
        (TUNE_6_SET, TUNE_6_FLOOR, TUNE_6_MAX_WRONG_FIGURES),
        (TUNE_7_SET, TUNE_7_FLOOR, TUNE_7_MAX_WRONG_FIGURES),
        (TUNE_8_SET, TUNE_8_FLOOR, TUNE_8_MAX_WRONG_FIGURES),
        (TUNE_9_SET, TUNE_9_FLOOR, TUNE_9_MAX_WRONG_FIGURES),
        (TUNE_10_SET, TUNE_10_FLOOR, TUNE_10_MAX_WRONG_FIGURES),
        (TUNE_11_SET, TUNE_11_FLOOR, TUNE_11_MAX_WRONG_FIGURES),
        (TUNE_12_SET, TUNE_12_FLOOR, TUNE_12_MAX_WRONG_FIGURES),
        (BLIND_6_SET, BLIND_6_FLOOR, BLIND_6_MAX_WRONG_FIGURES),
        (BLIND_7_SET, BLIND_7_FLOOR, BLIND_7_MAX_WRONG_FIGURES),
        (TUNE_13_SET, TUNE_13_FLOOR, TUNE_13_MAX_WRONG_FIGURES),
        (TUNE_14_SET, TUNE_14_FLOOR, TUNE_14_MAX_WRONG_FIGURES),
        (BLIND_8_SET, BLIND_8_FLOOR, BLIND_8_MAX_WRONG_FIGURES),
        (BLIND_9_SET, BLIND_9_FLOOR, BLIND_9_MAX_WRONG_FIGURES),
        (W10_SET, W10_FLOOR, W10_MAX_WRONG_FIGURES),
        (W11_SET, W11_FLOOR, W11_MAX_WRONG_FIGURES),
        (W14_SET, W14_FLOOR, W14_MAX_WRONG_FIGURES),
        (W15_SET, W15_FLOOR, W15_MAX_WRONG_FIGURES),
        (W12_SET, W12_FLOOR, W12_MAX_WRONG_FIGURES),
        (W13_SET, W13_FLOOR, W13_MAX_WRONG_FIGURES),
        (W16_SET, W16_FLOOR, W16_MAX_WRONG_FIGURES),
        (W17_SET, W17_FLOOR, W17_MAX_WRONG_FIGURES),
        (W18_SET, W18_FLOOR, W18_MAX_WRONG_FIGURES),
        (W19_SET, W19_FLOOR, W19_MAX_WRONG_FIGURES),
        (W20_SET, W20_FLOOR, W20_MAX_WRONG_FIGURES),
        (W21_SET, W21_FLOOR, W21_MAX_WRONG_FIGURES),
        (W25_SET, W25_FLOOR, W25_MAX_WRONG_FIGURES),
        (W26_SET, W26_FLOOR, W26_MAX_WRONG_FIGURES),
        (W27_SET, W27_FLOOR, W27_MAX_WRONG_FIGURES),
        (W28_SET, W28_FLOOR, W28_MAX_WRONG_FIGURES),
        (W22_SET, W22_FLOOR, W22_MAX_WRONG_FIGURES),
        (W23_SET, W23_FLOOR, W23_MAX_WRONG_FIGURES),
        (W24_SET, W24_FLOOR, W24_MAX_WRONG_FIGURES),
        (W29_SET, W29_FLOOR, W29_MAX_WRONG_FIGURES),
        (W30_SET, W30_FLOOR, W30_MAX_WRONG_FIGURES),
        (W31_SET, W31_FLOOR, W31_MAX_WRONG_FIGURES),
        (W32_SET, W32_FLOOR, W32_MAX_WRONG_FIGURES),
        (W33_SET, W33_FLOOR, W33_MAX_WRONG_FIGURES),
        (W34_SET, W34_FLOOR, W34_MAX_WRONG_FIGURES),
        (W35_SET, W35_FLOOR, W35_MAX_WRONG_FIGURES),
        (W36_SET, W36_FLOOR, W36_MAX_WRONG_FIGURES),
        (W37_SET, W37_FLOOR, W37_MAX_WRONG_FIGURES),
        (W38_SET, W38_FLOOR, W38_MAX_WRONG_FIGURES),
        (W39_SET, W39_FLOOR, W39_MAX_WRONG_FIGURES),
        (W40_SET, W40_FLOOR, W40_MAX_WRONG_FIGURES),
        (W41_SET, W41_FLOOR, W41_MAX_WRONG_FIGURES),
        (W42_SET, W42_FLOOR, W42_MAX_WRONG_FIGURES),
        (W43_SET, W43_FLOOR, W43_MAX_WRONG_FIGURES),
        (W44_SET, W44_FLOOR, W44_MAX_WRONG_FIGURES),
        (W45_SET, W45_FLOOR, W45_MAX_WRONG_FIGURES),
    ],
    ids=[
        "held-out",
        "blind-1",
        "blind-2",
        "blind-3",
        "blind-4",
        "blind-5",
        "tune-5",
        "tune-6",
        "tune-7",
        "tune-8",
        "tune-9",
        "tune-10",
        "tune-11",
        "tune-12",
        "blind-6",
        "blind-7",
        "tune-13",
        "tune-14",
        "blind-8",
        "blind-9",
        "w10",
        "w11",
        "w14",
        "w15",
        "w12",
        "w13",
        "w16",
        "w17",
        "w18",
        "w19",
        "w20",
        "w21",
        "w25",
        "w26",
        "w27",
        "w28",
        "w22",
        "w23",
        "w24",
        "w29",
        "w30",
        "w31",
        "w32",
        "w33",
        "w34",
        "w35",
        "w36",
        "w37",
        "w38",
        "w39",
        "w40",
        "w41",
        "w42",
        "w43",
        "w44",
        "w45",
    ],
)
def test_set_keeps_its_measured_score(path: Path, floor: float, max_wrong: int) -> None:
    items = load(path)
    answers = [(item, answer_of(item, service_for)) for item in items]
    passed = sum(not problems(item, answer) for item, answer in answers)
    wrong = sum(wrong_figure(item, answer) for item, answer in answers)
    assert passed / len(items) >= floor
    assert wrong <= max_wrong


def test_wrong_figure_counts_a_forbidden_number() -> None:
    item: dict[str, object] = {"q": "2027年的预算", "all": [["2027"]], "none": ["130万"]}
    assert wrong_figure(item, "【企业】年度预算：130万元")
    assert not wrong_figure(item, "目前没有 2027 年度的申报表")


def test_no_ask_back_offers_a_single_option() -> None:
    sets = [
        TUNE_SET,
        HELD_OUT_SET,
        BLIND_1_SET,
        BLIND_2_SET,
        BLIND_3_SET,
        DATA / "questions.jsonl",
        DATA / "questions-other-forms.jsonl",
    ]
    for path in sets:
        for item in load(path):
            form = "other" if path.name == "questions-other-forms.jsonl" else None
            engine = engine_for(form or str(item.get("form") or item.get("forms") or "builtin"))
            answer = engine.interpret(str(item["q"])).answer
            if isinstance(answer, Clarification):
                assert len(answer.candidates) > 1, item["q"]
