// Options page entry (built out in issue 5).
document.getElementById('root')!.textContent = 'Counterpoint options';
