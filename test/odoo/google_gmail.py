#!/usr/bin/env python3
"""Odoo's google_gmail module (16.0-19.0), reduced to what it says to Google and Gmail.

Standard library only. Each command does what Odoo's code does at one moment of the Gmail OAuth
setup, with the same requests, the same parameters in the same order, the same time-outs and the
same messages Odoo shows the administrator (addons/google_gmail and addons/base ir_mail_server):

  auth-url   google_gmail_mixin._compute_gmail_uri: the URL of "Connect your Gmail account"
  exchange   _fetch_gmail_refresh_token: the code from /google_gmail/confirm for tokens
  refresh    _fetch_gmail_access_token: a new access token (redirect_uri sent again, as Odoo does)
  userinfo   19.0 only, /google_gmail/confirm for a personal server: is the consented address the
             server's own? (GET /oauth2/v2/userinfo?access_token=..., verified_email)
  smtp-test  ir.mail_server "Test Connection": smtplib STARTTLS without certificate checks, EHLO,
             AUTH XOAUTH2 with the reply ignored, then MAIL FROM / RCPT TO / DATA
  send       ir.mail_server.send_email: the same login, then sendmail()

Usage: google_gmail.py COMMAND < parameters.json prints one JSON object. Without a command it reads
one {"command": ..., "params": {...}} per line on stdin and answers each with one line on stdout (the
test suite keeps one process for a whole file).
Endpoints are parameters so the test suite can point them at the sandbox; Odoo's are the defaults.
"""

import base64
import hashlib
import hmac
import json
import smtplib
import socket
import ssl
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from email.message import EmailMessage

GOOGLE_AUTH = "https://accounts.google.com/o/oauth2/v2/auth"
GOOGLE_TOKEN = "https://oauth2.googleapis.com/token"
GOOGLE_USERINFO = "https://www.googleapis.com/oauth2/v2/userinfo"
MAIL_SCOPE = "https://mail.google.com/"
EMAIL_SCOPE = "https://www.googleapis.com/auth/userinfo.email"
GMAIL_TOKEN_REQUEST_TIMEOUT = 5  # seconds, google_gmail
SMTP_TIMEOUT = 60  # seconds, base ir_mail_server

FETCH_ERROR = "An error occurred when fetching the access token."


def redirect_uri(version, base_url):
    """16.0-18.0 join with werkzeug's url_join, which drops a path in web.base.url; 19.0 keeps it."""
    if int(version) >= 19:
        return base_url.rstrip("/") + "/google_gmail/confirm"
    return urllib.parse.urljoin(base_url, "/google_gmail/confirm")


def service_scope(version):
    return MAIL_SCOPE + " " + EMAIL_SCOPE if int(version) >= 19 else MAIL_SCOPE


def csrf_token(database_secret, model, record_id):
    """odoo.tools.misc.hmac(env, scope='google_gmail_oauth', message=(model, id))."""
    message = repr(("google_gmail_oauth", (model, record_id))).encode()
    return hmac.new(database_secret.encode(), message, hashlib.sha256).hexdigest()


def auth_url(p):
    params = {
        "client_id": p["client_id"],
        "redirect_uri": redirect_uri(p["version"], p["base_url"]),
        "response_type": "code",
        "scope": service_scope(p["version"]),
        # access_type and prompt needed to get a refresh token
        "access_type": "offline",
        "prompt": "consent",
        "state": json.dumps({
            "model": p.get("model", "ir.mail_server"),
            "id": p.get("record_id", 1),
            "csrf_token": csrf_token(p.get("database_secret", "secret"), p.get("model", "ir.mail_server"), p.get("record_id", 1)),
        }),
    }
    return {"url": p.get("auth_endpoint", GOOGLE_AUTH) + "?" + urllib.parse.urlencode(params)}


def post_form(url, data):
    """requests.post(url, data=...): a form-encoded body, the answer whatever its status."""
    body = urllib.parse.urlencode(data).encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(request, timeout=GMAIL_TOKEN_REQUEST_TIMEOUT) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def fetch_gmail_token(p, grant_type, **values):
    """_fetch_gmail_token: any answer that is not OK is Odoo's UserError."""
    status, raw = post_form(p.get("token_url", GOOGLE_TOKEN), {
        "client_id": p["client_id"],
        "client_secret": p["client_secret"],
        "grant_type": grant_type,
        "redirect_uri": redirect_uri(p["version"], p["base_url"]),
        **values,
    })
    body = json.loads(raw or b"{}")
    if not 200 <= status < 400:
        return {"status": status, "google": body, "odoo_error": FETCH_ERROR}
    return {"status": status, "google": body, "odoo_error": None}


def exchange(p):
    result = fetch_gmail_token(p, "authorization_code", code=p["code"])
    if result["odoo_error"]:
        return result
    response = result["google"]
    try:
        # Odoo reads these three keys; a missing refresh token is a KeyError (an HTTP 500 page).
        result.update({
            "refresh_token": response["refresh_token"],
            "access_token": response["access_token"],
            "expiration": int(time.time()) + response["expires_in"],
        })
    except KeyError as error:
        result["odoo_error"] = "KeyError: %r" % error.args[0]
    return result


def refresh(p):
    result = fetch_gmail_token(p, "refresh_token", refresh_token=p["refresh_token"])
    if not result["odoo_error"]:
        response = result["google"]
        result.update({
            "access_token": response["access_token"],
            "expiration": int(time.time()) + response["expires_in"],
        })
    return result


def userinfo(p):
    """19.0: a failing call is Forbidden; an unverified or other address, Odoo's "Oops" page."""
    url = p.get("userinfo_url", GOOGLE_USERINFO) + "?" + urllib.parse.urlencode({"access_token": p["access_token"]})
    try:
        with urllib.request.urlopen(url, timeout=GMAIL_TOKEN_REQUEST_TIMEOUT) as response:
            status, body = response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return {"status": error.code, "odoo_error": "Forbidden"}
    email_server = p["email_server"]
    if not body.get("verified_email") or (body.get("email") or "").lower() != email_server.lower():
        return {"status": status, "google": body, "odoo_error": (
            "Oops, you're creating an authorization to send from %(email_login)s but your address is "
            "%(email_server)s. Make sure your addresses match!"
        ) % {"email_login": body.get("email"), "email_server": email_server}}
    return {"status": status, "google": body, "odoo_error": None}


class Transcript:
    """The replies the SMTP session got, command by command (tokens are not recorded)."""

    def __init__(self):
        self.lines = []

    def record(self, command, reply):
        code, message = reply
        text = message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)
        self.lines.append({"command": command, "code": code, "reply": text})
        return reply


def connect_and_login(p, transcript):
    """ir_mail_server.connect() with STARTTLS, then google_gmail's _smtp_login."""
    connection = smtplib.SMTP(p["host"], p["port"], timeout=SMTP_TIMEOUT)
    # starttls() without a context: smtplib's default context checks no certificate (as Odoo).
    transcript.record("STARTTLS", connection.starttls())
    auth_string = "user=%s\1auth=Bearer %s\1\1" % (p["user"], p["access_token"])
    oauth_param = base64.b64encode(auth_string.encode()).decode()
    connection.ehlo()
    # The reply is not read: a refused token surfaces at the next command.
    transcript.record("AUTH XOAUTH2", connection.docmd("AUTH", "XOAUTH2 %s" % oauth_param))
    connection.ehlo_or_helo_if_needed()
    return connection


def smtp_test(p):
    """ir.mail_server.test_smtp_connection(): Odoo's messages for each way it can fail."""
    transcript = Transcript()
    email_from = p.get("email_from", p["user"])
    email_to = "noreply@odoo.com"
    smtp = None
    message = "Connection Test Successful!"
    try:
        smtp = connect_and_login(p, transcript)
        (code, repl) = transcript.record("MAIL FROM", smtp.mail(email_from))
        if code != 250:
            raise UserError("The server refused the sender address (%(email_from)s) with error %(repl)s"
                            % {"email_from": email_from, "repl": repl})
        (code, repl) = transcript.record("RCPT TO", smtp.rcpt(email_to))
        if code not in (250, 251):
            raise UserError("The server refused the test recipient (%(email_to)s) with error %(repl)s"
                            % {"email_to": email_to, "repl": repl})
        smtp.putcmd("data")
        (code, repl) = transcript.record("DATA", smtp.getreply())
        if code != 354:
            raise UserError("The server refused the test connection with error %(repl)s" % {"repl": repl})
    except UserError as error:
        message = str(error)
    except (socket.gaierror, socket.timeout) as error:
        message = "No response received. Check server address and port number.\n %s" % error
    except smtplib.SMTPServerDisconnected as error:
        message = ("The server has closed the connection unexpectedly. Check configuration served on this port "
                   "number.\n %s" % error.strerror)
    except smtplib.SMTPResponseException as error:
        message = "Server replied with following exception:\n %s" % error.smtp_error
    except smtplib.SMTPNotSupportedError as error:
        message = "An option is not supported by the server:\n %s" % error.strerror
    except smtplib.SMTPException as error:
        message = "An SMTP exception occurred. Check port number and connection security type.\n %s" % error
    except ssl.SSLError as error:
        message = "An SSL exception occurred. Check connection security type.\n %s" % error
    except Exception as error:  # noqa: BLE001 - Odoo's last resort, worded as Odoo words it
        message = "Connection Test Failed! Here is what we got instead:\n %s" % error
    finally:
        try:
            if smtp:
                smtp.close()
        except Exception:  # noqa: BLE001 - ignored, as Odoo ignores it
            pass
    return {"transcript": transcript.lines, "odoo": message}


def send(p):
    """send_email(): the login above, then sendmail(); a refusal is the exception Odoo records."""
    transcript = Transcript()
    message = EmailMessage()
    message["From"] = p["from"]
    message["To"] = p["to"]
    message["Subject"] = p.get("subject", "Odoo test")
    message.set_content("Sent the way Odoo sends.")
    try:
        smtp = connect_and_login(p, transcript)
        smtp.sendmail(p["from"], [p["to"]], message.as_string())
        smtp.quit()
        return {"transcript": transcript.lines, "error_type": None, "error": None}
    except smtplib.SMTPException as error:
        return {"transcript": transcript.lines, "error_type": type(error).__name__, "error": str(error)}


class UserError(Exception):
    pass


COMMANDS = {
    "auth-url": auth_url,
    "exchange": exchange,
    "refresh": refresh,
    "userinfo": userinfo,
    "smtp-test": smtp_test,
    "send": send,
}

if __name__ == "__main__":
    if len(sys.argv) > 1:
        print(json.dumps(COMMANDS[sys.argv[1]](json.load(sys.stdin))))
    else:
        for line in sys.stdin:
            request = json.loads(line)
            try:
                answer = {"result": COMMANDS[request["command"]](request["params"])}
            except Exception as error:  # noqa: BLE001 - reported to the test, which fails on it
                answer = {"crash": "%s: %s" % (type(error).__name__, error)}
            print(json.dumps(answer), flush=True)
