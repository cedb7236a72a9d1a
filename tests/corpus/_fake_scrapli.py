# _fake_scrapli.py — stands in for the scrapli package in the repaired pool snippets (futures-scrapli-*.py):
# connecting and sending a command sleeps instead of talking to a device, each host for its own time, so
# the order in which hosts finish is fixed on CPython.
import time

# Chosen so that no two hosts finish at the same moment with five workers.
DELAYS = [0.8, 0.6, 0.7, 0.3, 0.4, 0.9, 0.9, 0.3, 0.8, 0.8, 0.9, 0.5]
HOSTS = [1, 2] + list(range(9, 19))


class Response:
    def __init__(self, n):
        self.n = n

    def textfsm_parse_output(self):
        return [{"version": f"15.{self.n % 4}(4)M", "hostname": f"R{self.n}", "serial": [f"FTX{1000 + self.n}"]}]


class Scrapli:
    def __init__(self, host, platform, auth_username, auth_password, auth_strict_key, transport):
        self.n = int(host.split(".")[-1]) - 100

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return False

    def send_command(self, command):
        time.sleep(DELAYS[HOSTS.index(self.n)])
        return Response(self.n)
