import { OneTimeLinkPage, oneTimeLinkMetadata } from '../../one-time-link'

export const metadata = oneTimeLinkMetadata('Nouveau mot de passe')

export default async function ResetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  return <OneTimeLinkPage kind="reset" token={token} />
}
