import socketserver, socket, threading
class Upper(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read().upper())
with socketserver.UDPServer(("127.0.0.1", 0), Upper) as srv:
    t = threading.Thread(target=srv.serve_forever); t.start()
    c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    for w in [b"one", b"two"]:
        c.sendto(w, srv.server_address)
        print(c.recvfrom(100)[0])
    c.close()
    srv.shutdown(); t.join()
print("done")
