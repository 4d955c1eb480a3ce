package dev.runlog.bootstrap.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal HTTP/1.1 client on one kept-alive connection to a port on the loopback address, and
 * nowhere else. It reads just enough of each response to find its status and its end (length or
 * chunks), so that a load generator sharing two cores with the server costs the server little.
 */
final class KeepAliveConnection implements Closeable {

    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeepAliveConnection(int port) {
        this.port = port;
    }

    /**
     * An HTTP/1.1 request, ready to send again and again.
     *
     * @param token the bearer token it carries; null for none
     * @param json  its body; null for none
     */
    static byte[] request(String method, String path, String token, String json) {
        String head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n"
                + (token == null ? "" : "Authorization: Bearer " + token + "\r\n");
        if (json == null) {
            return (head + "\r\n").getBytes(StandardCharsets.UTF_8);
        }
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] headers = (head + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] request = new byte[headers.length + body.length];
        System.arraycopy(headers, 0, request, 0, headers.length);
        System.arraycopy(body, 0, request, headers.length, body.length);
        return request;
    }

    /** Sends the request and reads the whole response; returns its status. */
    int send(byte[] request) throws IOException {
        if (socket == null) {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            out = socket.getOutputStream();
        }
        out.write(request);
        out.flush();
        String statusLine = readLine();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = readLine(); !header.isEmpty(); header = readLine()) {
            String name = header.substring(0, header.indexOf(':')).trim().toLowerCase();
            String value = header.substring(header.indexOf(':') + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close");
                default -> {}
            }
        }
        if (chunked) {
            skipChunks();
        } else if (length > 0) {
            skip(length);
        }
        if (close) {
            close();
        }
        return status;
    }

    private void skipChunks() throws IOException {
        for (long size = nextChunkSize(); size > 0; size = nextChunkSize()) {
            skip(size + 2); // the chunk and its CRLF
        }
        while (!readLine().isEmpty()) {
            // trailers, if any, end with an empty line
        }
    }

    /** A chunk's size line: hexadecimal, perhaps followed by ";extensions". */
    private long nextChunkSize() throws IOException {
        return Long.parseLong(readLine().split(";")[0].trim(), 16);
    }

    private void skip(long count) throws IOException {
        for (long left = count; left > 0; ) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("the response ended early");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the connection closed mid-response");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
