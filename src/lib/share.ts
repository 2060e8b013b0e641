export interface ShareLink {
  /** Stable key, also used for the icon-free label lookup. */
  network: 'whatsapp' | 'facebook' | 'x' | 'telegram' | 'email';
  href: string;
}

/** Share links that work without JavaScript: each network's own share URL with the article filled in. */
export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { network: 'whatsapp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { network: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'x', href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { network: 'telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
    { network: 'email', href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n\n${url}`)}` },
  ];
}
