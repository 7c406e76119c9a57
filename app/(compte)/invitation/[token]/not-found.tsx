import { InvalidLinkPage } from '../../one-time-link'

export default InvalidLinkPage
