import { NotFoundContent } from '@/components/site/not-found-content'
import { SiteChrome } from '@/components/site/site-chrome'

// Addresses that match no route at all: the same French page, inside the site's chrome.
export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundContent />
    </SiteChrome>
  )
}
