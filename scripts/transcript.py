"""Print a real conversation with the assistant as Markdown (for the README).

    .venv/bin/python -m scripts.transcript
Starts the stack on free ports, sends the messages below, prints what came back.
"""

from __future__ import annotations

import requests

from scripts.stack import running_stack
from scripts.train import train

MESSAGES = [
    "Hi",
    "I just bought a $8,500 engagement ring, I fly abroad a few times a year",
    "what is a blanket endorsement?",
    "yes, I wear it every day",
    "I live in the city",
    "just my homeowners insurance",
    "actually it was $7,000",
]


def main() -> None:
    with running_stack(model=train()) as stack:
        sender = stack.new_conversation()  # as the widget does: an id from the web app
        for text in MESSAGES:
            print(f"> **You:** {text}\n>")
            replies = requests.post(
                f"{stack.rasa_url}/webhooks/rest/webhook",
                json={"sender": sender, "message": text},
                timeout=60,
            ).json()
            for reply in replies:
                if not reply.get("text") and not reply.get("buttons"):
                    continue  # a part only the widget draws (the "Question N of M" line)
                body = reply.get("text", "").replace("\n\n", "\n").replace("\n", "\n> ")
                buttons = " ".join(f"[{b['title']}]" for b in reply.get("buttons", []))
                print(f"> **Advisor:** {body}" + (f"  \n> {buttons}" if buttons else "") + "\n>")
            print()


if __name__ == "__main__":
    main()
