"""What the Rasa server loads besides the model: the pieces of this project that run
inside `rasa run` (scripts/rasa_server.py), not in the action server or the web app.

- channels.py: the REST and socket.io channels (credentials.yml names them by path).
- lock_store.py: the conversation locks (endpoints*.yml), tracker_store.py: the
  trackers (endpoints.yml).
- patches.py: every change made to Rasa's own code (action_response_check.py,
  keep_alive.py, shutdown.py), applied explicitly by the server's entry point
  (`patches.apply()`), never on import.
"""
