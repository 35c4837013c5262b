#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""What a screen reader gets from the window, through AT-SPI.

Starts sso-dev-server and sso-user-admin (signed in with a token from the environment, never stored), walks
the accessible tree of the window as Orca would, and checks that every value a sighted person reads (the
organization, the list's count, an email in the table, the detail's facts) is readable, named, and in the
visual order: each caption before its value. Starts its own Xvfb (a free display chosen by Xvfb itself, so
parallel tests do not race for one) and needs a D-Bus session bus, where the AT-SPI bus is activated.

usage: screen_reader.py SSO_USER_ADMIN SSO_DEV_SERVER
"""
import os
import subprocess
import sys
import tempfile
import time

import pyatspi

APP, SERVER = sys.argv[1], sys.argv[2]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def wait_for(predicate, seconds=180, what="condition"):
    # AT-SPI has no event this script could wait on for "the answer arrived"; poll the tree until it shows it.
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            value = predicate()
        except Exception:  # noqa: BLE001 - an object replaced while it was read (rows of a new page): read again
            value = None
        if value:
            return value
        time.sleep(0.2)
    raise SystemExit(f"FAIL: timed out waiting for {what}")


def walk(node, depth=0):
    try:
        count = node.childCount
    except Exception:
        return
    yield node, depth
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            yield from walk(child, depth + 1)


def text_of(node):
    try:
        t = node.queryText()
        return t.getText(0, t.characterCount)
    except Exception:
        return ""


def showing(node):
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


class Seen:
    """One accessible object as read at one moment: plain values, so later checks cannot meet a vanished object."""

    def __init__(self, node, depth):
        self.node = node
        self.depth = depth
        self.role = node.getRole()
        self.role_name = node.getRoleName()
        self.name = node.name or ""
        self.text = text_of(node)
        self.showing = showing(node)
        self.labels = []
        if self.role == pyatspi.ROLE_COMBO_BOX:
            for relation in node.getRelationSet():
                if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                    self.labels += [relation.getTarget(i).name for i in range(relation.getNTargets())]

    def readable(self):
        return " ".join(x for x in (self.name, self.text) if x)


def snapshot(root):
    """The showing part of the tree, or None (to be read again) when an object vanished while it was read."""
    return [seen for seen in (Seen(n, d) for n, d in walk(root)) if seen.showing]


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == "sso-user-admin":
            return app
    return None


def start_xvfb():
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read, 16)
        if not chunk:
            raise SystemExit("FAIL: Xvfb did not start")
        number += chunk
    os.close(read)
    return xvfb, ":" + number.decode().strip()


xvfb, display = start_xvfb()
os.environ["DISPLAY"] = display  # xdotool, and the AT-SPI bus launcher, look for it there
home = tempfile.mkdtemp()
env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data",
           XDG_CACHE_HOME=f"{home}/cache", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
           LANG="en_US.UTF-8", LANGUAGE="en", DISPLAY=display)
env.pop("XAUTHORITY", None)
env.pop("QT_QPA_PLATFORM", None)  # the real xcb window: its accessibility bridge is what Orca reads
server = subprocess.Popen([SERVER, "--port", "0", "--seed-users", "0", "--quiet", "--print-token",
                           "admin@acme.test"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
url = token = None
for line in server.stdout:
    if line.startswith("listening "):
        url = line.split()[1]
    elif line.startswith("token "):
        token = line.split()[1].strip()
    if url and token:
        break
check(url and token, "sso-dev-server printed its address and a token")
app_process = subprocess.Popen([APP, "--server", url, "--org", "acme-corp", "--lang", "en"],
                               env=dict(env, SSO_USER_ADMIN_TOKEN=token))
try:
    app = wait_for(find_app, what="the application on the accessibility bus")

    def table_with_rows():
        for node, _ in walk(app):
            if node.getRole() == pyatspi.ROLE_TABLE and node.name == "End-users" and node.childCount > 10:
                return node
        return None

    table = wait_for(table_with_rows, what="the end-user table with rows")
    # Something in the search field, so that its clear button is there to be named too (the seed server filters
    # by it, which leaves john@customer.com in the list).
    for node, _ in walk(app):
        if node.getRole() == pyatspi.ROLE_TEXT and node.name == "Search end-users":
            node.queryEditableText().setTextContents("john")
    def searched():
        # john@customer.com and john+test@customer.com match.
        return any(n.getRole() == pyatspi.ROLE_LABEL and n.name.startswith("Showing") and n.name.endswith(" of 2")
                   for n, _ in walk(app))

    wait_for(searched, what="the search for 'john'")
    nodes = wait_for(lambda: snapshot(app), what="a stable accessible tree")
    readable = [seen.readable() for seen in nodes]
    everything = "\n".join(readable)
    if os.environ.get("A11Y_DUMP"):
        for seen in nodes:
            print("  " * seen.depth + f"{seen.role_name} {seen.name!r} {seen.text[:60]!r}")

    # Named controls. Orca reads a combo box's label through the labelled-by relation; its name is its value.
    for name in ("Organization", "Service filter"):
        check(any(n.role == pyatspi.ROLE_COMBO_BOX and name in [n.name] + n.labels for n in nodes),
              f"a combo box labelled {name!r}")
    check(any(n.role == pyatspi.ROLE_TABLE and n.name == "End-users" for n in nodes), "the table is named 'End-users'")
    check(any(n.role == pyatspi.ROLE_TEXT and n.name == "Search end-users" for n in nodes),
          "the search field is named 'Search end-users'")
    unnamed = [n.role_name for n in nodes
               if n.role in (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT,
                             pyatspi.ROLE_CHECK_BOX) and not n.name]
    check(not unnamed, f"every button, box and field has a name (unnamed: {unnamed})")

    # Values a sighted person reads: the organization, the count, emails in the table.
    check("Acme Corp" in everything, "the organization's name is readable")
    check("john@customer.com" in everything, "an email in the table is readable")
    check(any("of " in r and "Showing" in r for r in readable), "the list's count ('Showing … of N') is readable")

    # Open john's row as a person would.
    cells = [n.node for n in nodes if n.role == pyatspi.ROLE_TABLE_CELL and "john@customer.com" in (n.name, n.text)]
    check(cells, "john's row is in the table")
    if cells:
        # Clicked where AT-SPI says the cell is: the position a screen reader reports must be the real one.
        extents = cells[0].queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        subprocess.run(["xdotool", "mousemove", str(extents.x + extents.width // 2),
                        str(extents.y + extents.height // 2), "click", "1"], check=False)

        def detail_shown():
            for node, _ in walk(app):
                if node.name == "User details":
                    text = [" ".join(x for x in (n.name, text_of(n)) if x) for n, _ in walk(node) if showing(n)]
                    if any("john@customer.com" in t for t in text) and any("Created" in t for t in text):
                        return text
            return None

        detail = wait_for(detail_shown, what="the detail of john@customer.com")
        # Caption before value, in the order they are shown.
        def position(fragment):
            for i, t in enumerate(detail):
                if fragment in t:
                    return i
            return -1
        for caption, value in (("Created", "2025"), ("Active sessions", "2"), ("Last login", "2025")):
            c = position(caption)
            v = next((i for i in range(c + 1, len(detail)) if value in detail[i]), -1) if c >= 0 else -1
            check(c >= 0 and v > c, f"{caption!r} is read before its value")
finally:
    app_process.terminate()
    try:
        app_process.wait(10)
    except subprocess.TimeoutExpired:
        app_process.kill()
    server.terminate()
    server.wait(10)
    xvfb.terminate()
    xvfb.wait(10)

if failures:
    print(f"{len(failures)} check(s) failed")
    sys.exit(1)
print("screen reader checks passed")
