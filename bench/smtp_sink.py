#!/usr/bin/env python3
"""A mail server for bench/cluster.sh (#23, scenario 5): accepts every message on 127.0.0.1:PORT and appends one line
per recipient to LOG: the recipient and the message's subject, tab-separated. Stopping it is the mail server going away.

    python3 bench/smtp_sink.py PORT LOG
"""
import email
import email.policy
import socketserver
import sys


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())

    def handle(self):
        self.reply("220 sink ESMTP")
        recipients = []
        while True:
            line = self.rfile.readline()
            if not line:
                return
            verb = line.decode(errors="replace").strip().upper()
            if verb.startswith(("EHLO", "HELO")):
                self.reply("250 sink")
            elif verb.startswith("MAIL FROM"):
                recipients = []
                self.reply("250 OK")
            elif verb.startswith("RCPT TO"):
                recipients.append(line.decode(errors="replace").split(":", 1)[1].strip().strip("<>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End with <CRLF>.<CRLF>")
                self.record(recipients, self.read_data())
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:
                self.reply("250 OK")

    def read_data(self):
        lines = []
        while True:
            line = self.rfile.readline()
            if not line or line in (b".\r\n", b".\n"):
                return b"".join(lines)
            lines.append(line[1:] if line.startswith(b"..") else line)

    def record(self, recipients, data):
        subject = email.message_from_bytes(data, policy=email.policy.default).get("Subject", "")
        with open(sys.argv[2], "a", encoding="utf-8") as log:
            for recipient in recipients:
                log.write(f"{recipient}\t{subject}\n")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


if __name__ == "__main__":
    with Server(("127.0.0.1", int(sys.argv[1])), Session) as server:
        server.serve_forever()
