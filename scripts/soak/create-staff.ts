// The soak's newsroom accounts, made with the project's own function (db/queries/users.ts
// createStaff: the password hashed with argon2id as the admin's invitation flow does) before the
// server starts. Run by scripts/soak/newsroom.ts as `node --conditions=react-server --import tsx …`
// with DATABASE_PATH set (the react-server condition makes 'server-only' importable); reads the
// accounts as JSON on stdin, prints their ids as JSON.
import { createStaff } from '@/db/queries/users'
import type { Role } from '@/db/schema'

interface Account {
  email: string
  name: string
  role: Role
  password: string
}

async function main() {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  const accounts = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Account[]
  const ids: number[] = []
  for (const account of accounts) ids.push(await createStaff(account))
  process.stdout.write(`${JSON.stringify(ids)}\n`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
