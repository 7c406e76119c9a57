// The machine's limit: a minimal Node http server answering the exact bytes of a page from memory.
// Usage: node scripts/bench/static-server.mjs <file> <content-type> <port>
import fs from 'node:fs'
import http from 'node:http'

const [file, contentType, port] = process.argv.slice(2)
const body = fs.readFileSync(file)
const headers = { 'content-type': contentType, 'content-length': String(body.length) }
http
  .createServer((_req, res) => {
    res.writeHead(200, headers)
    res.end(body)
  })
  .listen(Number(port), '127.0.0.1', () => console.log('ready'))
