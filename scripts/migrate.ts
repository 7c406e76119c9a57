// npm run db:migrate: applies the committed migrations to DATABASE_PATH.
import { migrateDatabase, openDatabase } from '@/db/open'
import { env } from '@/lib/env'

const database = openDatabase()
migrateDatabase(database)
database.$client.close()
console.log(`Base de données à jour : ${env().databasePath}`)
