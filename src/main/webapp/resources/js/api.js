// Starts Swagger UI on api.html. A file rather than an inline script, so that a Content-Security-Policy
// allowing only 'self' scripts would not break the page.
window.addEventListener('load', function () {
    window.ui = SwaggerUIBundle({
        // Payara serves the document at the server's root, whatever Relink's context root; JSON on request.
        url: '/openapi?format=json',
        dom_id: '#swagger-ui',
        deepLinking: true,
        presets: [SwaggerUIBundle.presets.apis],
        layout: 'BaseLayout',
        // No badge fetched from the validator's site: the page calls nothing outside this origin.
        validatorUrl: null,
        defaultModelsExpandDepth: 0,
        // A key typed into "Authorize" lives as long as the tab, never in local storage.
        persistAuthorization: false
    });
});
