// Swagger UI from the vendored bundle (no CDN); a file of its own because the CSP forbids inline script.
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
