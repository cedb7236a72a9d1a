// xmlrpc/__init__.ts — the xmlrpc package (its modules are xmlrpc.client and xmlrpc.server).

export const xmlrpcSource: string = String.raw`"""XML-RPC: remote procedure calls over HTTP (see xmlrpc.client and xmlrpc.server)."""
`;
