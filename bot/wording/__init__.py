"""What the assistant says: one module per flow, phrasing the decisions of bot/rules.

bot/rules decides and returns data (codes, amounts, dates); these modules turn it into
the customer's words. bot/rules never imports this package (tests/test_layers.py).
"""
