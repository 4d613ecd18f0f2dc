// The system's colour scheme (prefers-color-scheme), as the extension pages'
// ThemeSource (src/ui/theme.ts).

const dark = () => matchMedia('(prefers-color-scheme: dark)');

export const systemTheme = {
  current: (): 'light' | 'dark' => (dark().matches ? 'dark' : 'light'),
  onChanged(listener: (theme: 'light' | 'dark') => void): () => void {
    const query = dark();
    const on = () => listener(query.matches ? 'dark' : 'light');
    query.addEventListener('change', on);
    return () => query.removeEventListener('change', on);
  },
};
