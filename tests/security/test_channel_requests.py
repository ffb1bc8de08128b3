"""What the REST and socket.io channels accept, checked before Rasa sees a message
(issue 13, finding 4): only issued ids or the API token, well-formed bodies, and a
client address the client cannot set."""

from __future__ import annotations

import ipaddress
import json

import pytest

from bot.config import ChannelSettings, load_channel_settings, load_web_settings, parse_networks
from bot.conversation_ids import issue_conversation_id
from bot.forwarded import client_address
from bot.server.channels import (
    Refusal,
    RestTurn,
    address_key,
    read_rest_body,
    sender_refusal,
    socket_message,
    with_client_address,
)

pytestmark = pytest.mark.security
SECRET = "c" * 32
TOKEN = "api-token-0123456789"
SETTINGS = ChannelSettings(
    conversation_secret=SECRET,
    api_token=TOKEN,
    site_origins=("http://127.0.0.1:8080",),
    trusted_proxies=parse_networks("10.0.0.1, 192.168.0.0/16"),
)


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        (b"[]", "JSON object"),
        (b"null", "JSON object"),
        (b'"hi"', "JSON object"),
        (b"sender=me&message=hi", "not JSON"),
        (b"", "not JSON"),
        (b"\xff\xfe", "not JSON"),
        (b"[" * 100_000, "not JSON"),
        (b'{"message": "hi"}', "No `sender`"),
        (b'{"sender": "", "message": "hi"}', "No `sender`"),
        (b'{"sender": 7, "message": "hi"}', "`sender` must be a string"),
        (b'{"sender": "x", "message": 123}', "`message` must be a string"),
        (b'{"sender": "x"}', "`message` must be a string"),
        (b'{"sender": "x", "message": ["hi"]}', "`message` must be a string"),
        (b'{"sender": "x", "message": "hi", "metadata": "x"}', "`metadata`"),
    ],
)
def test_a_malformed_body_is_a_400_that_says_what_was_wrong(body: bytes, wrong: str) -> None:
    refused = read_rest_body(body)
    assert isinstance(refused, Refusal) and refused.status == 400
    assert wrong in refused.error


def test_a_well_formed_body_is_read() -> None:
    body = json.dumps({"sender": "a", "message": "hi", "metadata": {"page": "/"}}).encode()
    assert read_rest_body(body) == RestTurn("a", "hi", {"page": "/"})


@pytest.mark.parametrize("sender", ["default", "me", "0" * 32, "f" * 32 + "-" + "f" * 32])
def test_a_made_up_sender_is_refused_with_403(sender: str) -> None:
    refused = sender_refusal(sender, SETTINGS, token=None)
    assert refused is not None and refused.status == 403 and "POST /api/conversations" in refused.error
    assert sender_refusal(sender, SETTINGS, token="wrong-token-0123456789") is not None


def test_an_issued_sender_or_the_api_token_is_let_in() -> None:
    assert sender_refusal(issue_conversation_id(SECRET), SETTINGS, token=None) is None
    assert sender_refusal("any-script-sender", SETTINGS, token=TOKEN) is None


def test_without_a_secret_only_the_token_gets_in() -> None:
    closed = ChannelSettings(None, TOKEN, (), ())
    assert sender_refusal(issue_conversation_id(SECRET), closed, token=None) is not None
    assert sender_refusal("x", closed, token=TOKEN) is None


def test_x_forwarded_for_counts_only_from_a_trusted_proxy() -> None:
    trusted = SETTINGS.trusted_proxies
    assert client_address("203.0.113.9", "1.2.3.4", trusted) == "203.0.113.9"  # a client's own header
    assert client_address("10.0.0.1", "198.51.100.7", trusted) == "198.51.100.7"
    # A client's made-up first hop is not believed: the last hop a trusted proxy added is.
    assert client_address("10.0.0.1", "1.2.3.4, 198.51.100.7, 192.168.1.5", trusted) == "198.51.100.7"
    assert client_address("10.0.0.1", None, trusted) == "10.0.0.1"
    assert client_address("10.0.0.1", "", ()) == "10.0.0.1"


def test_the_client_address_is_a_keyed_hash_set_by_the_server() -> None:
    metadata = with_client_address({"client_address": "spoofed", "page": "/"}, "198.51.100.7", SETTINGS)
    assert metadata["page"] == "/"
    assert metadata["client_address"] == address_key("198.51.100.7", SECRET) != "spoofed"
    assert "198.51.100.7" not in json.dumps(metadata)  # the address itself is not stored
    assert address_key("198.51.100.7", SECRET) != address_key("198.51.100.8", SECRET)


def test_trusted_proxies_must_be_addresses_or_networks() -> None:
    assert parse_networks("127.0.0.1") == (ipaddress.ip_network("127.0.0.1/32"),)
    with pytest.raises(ValueError):
        parse_networks("proxy.example")


def test_the_channels_and_the_web_app_trust_the_same_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/8")
    web, channels = load_web_settings().trusted_proxies, load_channel_settings().trusted_proxies
    assert web == channels == parse_networks("127.0.0.1,10.0.0.0/8")
    monkeypatch.setenv("TRUSTED_PROXIES", "proxy.example")
    with pytest.raises(ValueError):
        load_web_settings()


@pytest.mark.parametrize("data", [None, [], "hi", {"message": 123}, {"session_id": "x"}])
def test_a_malformed_socket_message_is_refused(data: object) -> None:
    assert isinstance(socket_message(data, "metadata"), str)


def test_a_socket_message_with_metadata_is_read() -> None:
    assert socket_message({"message": "hi", "metadata": '{"a": 1}'}, "metadata") == ("hi", {"a": 1})
    assert isinstance(socket_message({"message": "hi", "metadata": "{oops"}, "metadata"), str)
