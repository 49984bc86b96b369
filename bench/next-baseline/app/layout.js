// Next requires a root layout; the baseline has no pages.
export default function RootLayout({ children }) {
  return children;
}
