import Figure from './mdx/Figure.astro';
import PullQuote from './mdx/PullQuote.astro';
import EditorNote from './mdx/EditorNote.astro';
import RelatedLink from './mdx/RelatedLink.astro';
import YouTube from './mdx/YouTube.astro';
import SocialPost from './mdx/SocialPost.astro';
import Pembaruan from './mdx/Pembaruan.astro';

/** Components every article can use without an import (see docs/panduan-penulis.md). */
export const mdxComponents = { Figure, PullQuote, EditorNote, RelatedLink, YouTube, SocialPost, Pembaruan };
