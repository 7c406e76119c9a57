import fs from 'node:fs'
import path from 'node:path'
import { hash } from '@node-rs/argon2'
import Database from 'better-sqlite3'
import sharp from 'sharp'
import { expect, test, type Page } from './fixtures'
import { fullAnatomyArticle } from './demo'
import { E2E } from './env'
import { signedIn } from './staff'

// The media library: upload through the page, describe, find again; refusals that leave nothing
// behind; who may change or delete which image; files served cleaned and cached for good.

const JOURNALIST = { email: 'mariam.kone.medias@kibaru.test', password: 'les manguiers de Sikasso 2026', name: 'Mariam Koné' }
const EDITOR = { email: 'seydou.keita.medias@kibaru.test', password: 'la grande mosquée de Djenné', name: 'Seydou Keïta' }
const MB = 1024 * 1024

test.beforeAll(async () => {
  const sqlite = new Database(E2E.databasePath)
  sqlite.prepare('DELETE FROM login_attempts').run()
  const insert = sqlite.prepare('INSERT OR IGNORE INTO users (email, name, role, password_hash) VALUES (?, ?, ?, ?)')
  insert.run(JOURNALIST.email, JOURNALIST.name, 'journalist', await hash(JOURNALIST.password))
  insert.run(EDITOR.email, EDITOR.name, 'editor', await hash(EDITOR.password))
  sqlite.close()
})

// Leave the library as the demo made it: later specs list its images.
test.afterAll(() => {
  const sqlite = new Database(E2E.databasePath)
  try {
    const rows = sqlite
      .prepare(
        `SELECT m.id, m.path, m.variants FROM media m JOIN users u ON u.id = m.uploaded_by
         WHERE u.email IN (?, ?)
           AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.cover_media_id = m.id OR instr(a.body, '"mediaId":' || m.id) > 0)
           AND NOT EXISTS (SELECT 1 FROM authors au WHERE au.photo_media_id = m.id)
           AND NOT EXISTS (SELECT 1 FROM settings s WHERE s.value = m.id)`,
      )
      .all(JOURNALIST.email, EDITOR.email) as { id: number; path: string; variants: string | null }[]
    for (const row of rows) {
      for (const rel of [row.path, ...((JSON.parse(row.variants ?? '[]') as { path: string }[]).map((v) => v.path))]) fs.rmSync(path.join(E2E.uploadsDir, rel), { force: true })
      sqlite.prepare('DELETE FROM media WHERE id = ?').run(row.id)
    }
  } finally {
    sqlite.close()
  }
})


function query<T>(sql: string, ...params: unknown[]): T[] {
  const sqlite = new Database(E2E.databasePath, { readonly: true })
  try {
    return sqlite.prepare(sql).all(...params) as T[]
  } finally {
    sqlite.close()
  }
}

const mediaCount = () => query<{ n: number }>('SELECT count(*) AS n FROM media')[0]!.n

/** Every uploaded file (demo pictures and the share-image cache aside), temporary ones included. */
function uploadedFiles(): string[] {
  const out: string[] = []
  const walk = (rel: string) => {
    const abs = path.join(E2E.uploadsDir, rel)
    if (!fs.existsSync(abs)) return
    for (const name of fs.readdirSync(abs)) {
      const child = rel ? `${rel}/${name}` : name
      if (!rel && (name === 'demo' || name === '.share-cache')) continue
      if (fs.statSync(path.join(E2E.uploadsDir, child)).isDirectory()) walk(child)
      else out.push(child)
    }
  }
  walk('')
  return out.sort()
}

/** A photo-like JPEG carrying EXIF with GPS coordinates, as phones write them. */
async function phonePhoto(width = 1800, height = 1200, seed = 90) {
  const base = await sharp({ create: { width, height, channels: 3, background: '#c56f3e', noise: { type: 'gaussian', mean: seed, sigma: 40 } } })
    .blur(6)
    .png()
    .toBuffer()
  return sharp(base)
    .withExif({ IFD0: { Make: 'Téléphone de test', Model: 'Kibaru-Cam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '12/1 39/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '8/1 0/1 0/1' } })
    .jpeg({ quality: 85 })
    .toBuffer()
}

/** Uploads straight to the endpoint with the page's session (no Origin header: not a browser form). */
async function uploadAs(page: Page, name: string, alt: string) {
  const response = await page.request.post('/admin/medias/televerser', {
    multipart: { file: { name, mimeType: 'image/jpeg', buffer: await phonePhoto(800, 500, 60) }, alt, credit: 'Test', caption: '' },
  })
  expect(response.status()).toBe(201)
  const body = (await response.json()) as { ok: true; media: { id: number; src: string } }
  return body.media
}

test('a journalist uploads a photo, describes it, finds it in the grid; it is served cleaned and cached', async ({ browser }) => {
  const page = await signedIn(browser, JOURNALIST)
  await page.getByRole('navigation', { name: 'Rédaction' }).getByRole('link', { name: 'Médias' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Médiathèque')

  const photo = await phonePhoto()
  expect((await sharp(photo).metadata()).exif).toBeDefined()
  await page.getByLabel('Image', { exact: true }).setInputFiles({ name: 'marche-medine.jpg', mimeType: 'image/jpeg', buffer: photo })
  await expect(page.getByText('marche-medine.jpg (')).toBeVisible()
  await page.getByLabel('Texte alternatif').fill('Vendeuses au marché')
  const answer = page.waitForResponse((r) => r.url().endsWith('/admin/medias/televerser'))
  await page.getByRole('button', { name: 'Téléverser' }).click()
  const uploaded = (await (await answer).json()) as { ok: boolean; media: { id: number; src: string } }
  expect(uploaded.ok).toBe(true)
  await expect(page.getByText('« marche-medine.jpg » a été ajoutée à la médiathèque.')).toBeVisible()

  // Its page: complete the description.
  await page.getByRole('link', { name: 'Voir et compléter sa fiche' }).click()
  await expect(page).toHaveURL(`/admin/medias/${uploaded.media.id}`)
  await page.getByLabel('Texte alternatif').fill('Des vendeuses de légumes au marché de Médine, à Bamako, en fin d’après-midi')
  await page.getByLabel('Crédit photo').fill('Mariam Koné / Kibaru')
  await page.getByLabel('Légende par défaut').fill('Le marché de Médine, l’un des plus animés de Bamako.')
  await page.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(page.getByText(/^Enregistré à \d{1,2} h \d{2}$/)).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('Texte alternatif')).toHaveValue('Des vendeuses de légumes au marché de Médine, à Bamako, en fin d’après-midi')
  await expect(page.getByLabel('Crédit photo')).toHaveValue('Mariam Koné / Kibaru')
  await expect(page.getByLabel('Légende par défaut')).toHaveValue('Le marché de Médine, l’un des plus animés de Bamako.')
  await expect(page.getByText('Cette image n’est utilisée nulle part.')).toBeVisible()

  // The grid shows it first, and search finds it by credit.
  await page.getByRole('link', { name: '← Médiathèque' }).click()
  const card = page.locator(`a[href="/admin/medias/${uploaded.media.id}"]`)
  await expect(card).toHaveAccessibleName(/^Des vendeuses de légumes au marché de Médine/)
  await expect(page.locator('.media-card').first().getByRole('link')).toHaveAttribute('href', `/admin/medias/${uploaded.media.id}`)
  await page.getByLabel('Rechercher dans la médiathèque').fill('Koné')
  await page.getByRole('button', { name: 'Rechercher' }).click()
  await expect(page).toHaveURL(/q=Kon/)
  await expect(card).toBeVisible()
  await expect(page.locator('.media-card').first()).toContainText('Mariam Koné / Kibaru')
  await expect(page.locator('.media-card').filter({ hasNotText: 'Koné' })).toHaveCount(0)

  // In the database: its uploader, its variants, and the audit trail.
  const [row] = query<{ path: string; uploaded_by: number; mime_type: string; variants: string; alt: string; credit: string }>(
    'SELECT m.path, m.uploaded_by, m.mime_type, m.variants, m.alt, m.credit FROM media m WHERE m.id = ?',
    uploaded.media.id,
  )
  expect(row).toMatchObject({ mime_type: 'image/jpeg', credit: 'Mariam Koné / Kibaru' })
  expect(row!.path).toMatch(/^\d{4}\/\d{2}\/[0-9a-f]{20}\.jpg$/)
  expect(query<{ id: number }>('SELECT id FROM users WHERE email = ?', JOURNALIST.email)[0]!.id).toBe(row!.uploaded_by)
  const actions = query<{ action: string }>("SELECT action FROM audit_log WHERE entity_type = 'media' AND entity_id = ? ORDER BY id", String(uploaded.media.id)).map((a) => a.action)
  expect(actions).toEqual(['media.upload', 'media.update'])

  // Served from /media/… with its type, a long cache, and no EXIF left.
  expect(uploaded.media.src).toBe(`/media/${row!.path}`)
  const original = await page.request.get(uploaded.media.src)
  expect(original.status()).toBe(200)
  expect(original.headers()['content-type']).toBe('image/jpeg')
  expect(original.headers()['cache-control']).toContain('max-age=31536000')
  expect(original.headers()['cache-control']).toContain('immutable')
  const body = await original.body()
  const meta = await sharp(body).metadata()
  expect([meta.width, meta.height]).toEqual([1800, 1200])
  expect(meta.exif).toBeUndefined()
  expect(body.includes(Buffer.from('Kibaru-Cam'))).toBe(false)
  const variants = JSON.parse(row!.variants) as { path: string; format: string; width: number; purpose: string }[]
  const avif = variants.find((v) => v.format === 'avif' && v.width === 800)!
  const served = await page.request.get(`/media/${avif.path}`)
  expect(served.headers()['content-type']).toBe('image/avif')
  expect((await sharp(await served.body()).metadata()).width).toBe(800)
  await page.context().close()
})

test('lying, SVG and oversize uploads get a French message in the page and leave no file and no row', async ({ browser }) => {
  const page = await signedIn(browser, JOURNALIST)
  await page.goto('/admin/medias')
  const before = { rows: mediaCount(), files: uploadedFiles() }
  const fileInput = page.getByLabel('Image', { exact: true })
  const error = page.locator('.media-upload .form-error')

  // A text file that calls itself a JPEG.
  await fileInput.setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('Je ne suis pas une photo, seulement du texte.\n') })
  await page.getByRole('button', { name: 'Téléverser' }).click()
  await expect(error).toHaveText('Ce fichier n’est pas une image acceptée. Formats acceptés : JPEG, PNG, WebP, AVIF et GIF.')

  // An SVG (with a script) that calls itself a PNG.
  const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(1)</script><rect width="100" height="100"/></svg>'
  await fileInput.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(svg) })
  await page.getByRole('button', { name: 'Téléverser' }).click()
  await expect(error).toHaveText('Les images SVG ne sont pas acceptées : enregistrez-la en PNG ou en JPEG, puis réessayez.')

  // Over 10 MB: refused at once in the page…
  const big = Buffer.concat([await phonePhoto(400, 300), Buffer.alloc(11 * MB, 7)])
  await fileInput.setInputFiles({ name: 'enorme.jpg', mimeType: 'image/jpeg', buffer: big })
  await expect(error).toHaveText('Ce fichier pèse 11 Mo : la limite est de 10 Mo.')
  await page.getByRole('button', { name: 'Téléverser' }).click()
  await expect(error).toHaveText('Ce fichier pèse 11 Mo : la limite est de 10 Mo.')
  // …and by the server, for anyone who skips the page.
  const direct = await page.request.post('/admin/medias/televerser', { multipart: { file: { name: 'enorme.jpg', mimeType: 'image/jpeg', buffer: big } } })
  expect(direct.status()).toBe(413)
  expect(await direct.json()).toEqual({ ok: false, error: expect.stringMatching(/^Ce fichier pèse .* : la limite est de 10 Mo\.$/) })

  expect(mediaCount()).toBe(before.rows)
  expect(uploadedFiles()).toEqual(before.files)
  await page.context().close()
})

test('anonymous and cross-site uploads are refused and create nothing', async ({ browser, playwright }) => {
  const before = { rows: mediaCount(), files: uploadedFiles() }
  const photo = { name: 'anonyme.jpg', mimeType: 'image/jpeg', buffer: await phonePhoto(600, 400) }

  const anonymous = await playwright.request.newContext({ baseURL: E2E.baseUrl })
  const refused = await anonymous.post('/admin/medias/televerser', { multipart: { file: photo, alt: 'x' }, headers: { origin: E2E.baseUrl } })
  expect(refused.status()).toBe(401)
  expect(await refused.json()).toEqual({ ok: false, error: 'Vous devez être connecté.' })
  const list = await anonymous.get('/admin/medias/liste')
  expect(list.status()).toBe(401)
  expect(await list.text()).not.toContain('/media/')
  await anonymous.dispose()

  // Signed in, but the form was posted from another site.
  const page = await signedIn(browser, JOURNALIST)
  const crossSite = await page.request.post('/admin/medias/televerser', { multipart: { file: photo }, headers: { origin: 'https://evil.example' } })
  expect(crossSite.status()).toBe(403)
  expect((await crossSite.json()).error).toMatch(/Requête refusée/)

  expect(mediaCount()).toBe(before.rows)
  expect(uploadedFiles()).toEqual(before.files)
  await page.context().close()
})

test('a journalist cannot edit or delete an editor’s image, even by tampering with the form', async ({ browser }) => {
  const editor = await signedIn(browser, EDITOR)
  const theirs = await uploadAs(editor, 'de-l-editeur.jpg', 'Image de l’éditeur')
  await editor.context().close()

  const page = await signedIn(browser, JOURNALIST)
  // Read-only for the journalist: no save, no delete.
  await page.goto(`/admin/medias/${theirs.id}`)
  await expect(page.getByText('Seuls la personne qui a téléversé cette image et les éditeurs peuvent la modifier.')).toBeVisible()
  await expect(page.getByLabel('Texte alternatif')).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Enregistrer' })).toHaveCount(0)
  await expect(page.getByText('Supprimer l’image…')).toHaveCount(0)

  // Their own image's forms, pointed at the editor's image: the server refuses both.
  const mine = await uploadAs(page, 'a-moi.jpg', 'Image de la journaliste')
  await page.goto(`/admin/medias/${mine.id}`)
  await page.locator('form.media-edit-form input[name="id"]').evaluate((input, id) => ((input as HTMLInputElement).value = String(id)), theirs.id)
  await page.getByLabel('Texte alternatif').fill('Détournée')
  await page.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(page.locator('.media-edit-form .form-error')).toHaveText('Vous ne pouvez modifier que les images que vous avez téléversées. Demandez à un éditeur.')
  await expect(page.getByLabel('Texte alternatif')).toHaveValue('Détournée')

  await page.getByText('Supprimer l’image…').click()
  await page.locator('form.media-delete-confirm input[name="id"]').evaluate((input, id) => ((input as HTMLInputElement).value = String(id)), theirs.id)
  await page.getByRole('button', { name: 'Supprimer définitivement' }).click()
  await expect(page.locator('.media-delete-confirm .form-error')).toHaveText('Vous ne pouvez supprimer que les images que vous avez téléversées. Demandez à un éditeur.')

  const [row] = query<{ alt: string; path: string }>('SELECT alt, path FROM media WHERE id = ?', theirs.id)
  expect(row?.alt).toBe('Image de l’éditeur')
  expect(fs.existsSync(path.join(E2E.uploadsDir, row!.path))).toBe(true)

  // Their own unused image, they may delete: row, file and variants go.
  await page.reload()
  const [own] = query<{ path: string; variants: string }>('SELECT path, variants FROM media WHERE id = ?', mine.id)
  await page.getByText('Supprimer l’image…').click()
  await page.getByRole('button', { name: 'Supprimer définitivement' }).click()
  await expect(page).toHaveURL('/admin/medias?supprimee=1')
  await expect(page.getByText('L’image a été supprimée, avec toutes ses tailles.')).toBeVisible()
  expect(query('SELECT id FROM media WHERE id = ?', mine.id)).toHaveLength(0)
  for (const rel of [own!.path, ...(JSON.parse(own!.variants) as { path: string }[]).map((v) => v.path)]) {
    expect(fs.existsSync(path.join(E2E.uploadsDir, rel)), rel).toBe(false)
  }
  expect(query("SELECT id FROM audit_log WHERE action = 'media.delete' AND entity_id = ?", String(mine.id))).toHaveLength(1)
  await page.context().close()
})

test('an image used as a demo story’s cover lists its uses and cannot be deleted', async ({ browser }) => {
  const demo = fullAnatomyArticle()
  const [cover] = query<{ mediaId: number; articleId: number; path: string }>(
    'SELECT a.cover_media_id AS mediaId, a.id AS articleId, m.path FROM articles a JOIN media m ON m.id = a.cover_media_id WHERE a.slug = ?',
    demo.slug,
  )
  expect(cover).toBeDefined()
  const page = await signedIn(browser, EDITOR)
  await page.goto(`/admin/medias/${cover!.mediaId}`)
  const uses = page.getByRole('region', { name: 'Utilisations' })
  await expect(uses.getByRole('link').first()).toHaveAttribute('href', `/admin/articles/${cover!.articleId}`)
  await expect(uses).toContainText('Image principale de')
  await expect(page.getByText('Cette image ne peut pas être supprimée tant qu’elle est utilisée.', { exact: false })).toBeVisible()
  await expect(page.getByText('Supprimer l’image…')).toHaveCount(0)

  // Even an editor posting the delete form of another image, aimed at this one, is refused.
  const spare = await uploadAs(page, 'rechange.jpg', 'Image de rechange')
  await page.goto(`/admin/medias/${spare.id}`)
  await page.getByText('Supprimer l’image…').click()
  await page.locator('form.media-delete-confirm input[name="id"]').evaluate((input, id) => ((input as HTMLInputElement).value = String(id)), cover!.mediaId)
  await page.getByRole('button', { name: 'Supprimer définitivement' }).click()
  await expect(page.locator('.media-delete-confirm .form-error')).toContainText('Cette image est utilisée')
  expect(query('SELECT id FROM media WHERE id = ?', cover!.mediaId)).toHaveLength(1)
  expect(fs.existsSync(path.join(E2E.uploadsDir, cover!.path))).toBe(true)

  // The reader page still shows its cover.
  const reader = await page.request.get(`/articles/${demo.slug}`)
  expect(reader.status()).toBe(200)
  await page.context().close()
})
