"""Rasa SDK actions: thin adapters between the dialogue and bot/rules + bot/language.

`rasa run actions --actions bot.actions` imports every module of this package.
"""
