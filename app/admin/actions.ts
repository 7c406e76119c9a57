'use server'

import { redirect } from 'next/navigation'
import { bumpSessionVersion } from '@/db/queries/users'
import { currentStaff, signOut } from '@/lib/auth'

/** Signs out everywhere: the session version changes, so every copy of the cookie stops working. */
export async function signOutAction(): Promise<void> {
  const staff = await currentStaff()
  if (staff) bumpSessionVersion(staff.id)
  await signOut({ redirect: false })
  redirect('/connexion')
}
