import { OneTimeLinkPage, oneTimeLinkMetadata } from '../../one-time-link'

export const metadata = oneTimeLinkMetadata('Invitation à la rédaction')

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  return <OneTimeLinkPage kind="invite" token={token} />
}
