"""Reading the claim intake's answers, one module per question (answers.read_claim_answers
reads a message; each question's reader is in the module named for it)."""
